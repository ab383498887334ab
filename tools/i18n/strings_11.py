# zh_CN / zh_TW translations: PostgreSQL connection dialog.
S = {
    'Connect to a &PostgreSQL server…': ('连接 PostgreSQL 服务器(&P)…', '連線 PostgreSQL 伺服器(&P)…'),
    'Connect to a PostgreSQL server': ('连接 PostgreSQL 服务器', '連線 PostgreSQL 伺服器'),
    '&Server': ('服务器(&S)', '伺服器(&S)'),
    '&Port': ('端口(&P)', '連接埠(&P)'),
    '&Database': ('数据库(&D)', '資料庫(&D)'),
    "The password is not stored by Aftersales: put it in the PGPASSWORD environment variable or in the user's .pgpass file, as for every PostgreSQL program.": (
        'Aftersales 不保存密码：请像其他 PostgreSQL 程序一样，将密码放在 PGPASSWORD 环境变量或用户的 .pgpass 文件中。',
        'Aftersales 不儲存密碼：請如同其他 PostgreSQL 程式，將密碼放在 PGPASSWORD 環境變數或使用者的 .pgpass 檔案中。'),
    '&Test connection': ('测试连接(&T)', '測試連線(&T)'),
    'Server is required.': ('服务器为必填项。', '伺服器為必填。'),
    'Database "%1" is not a valid database name.': ('“%1”不是有效的数据库名称。', '「%1」不是有效的資料庫名稱。'),
    'User is required.': ('用户为必填项。', '使用者為必填。'),
    'Cannot connect to %1: %2': ('无法连接 %1：%2', '無法連線 %1：%2'),
    'Connected to %1.': ('已连接 %1。', '已連線 %1。'),
}
