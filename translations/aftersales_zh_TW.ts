<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>ListPage</name>
    <message>
        <source>any day</source>
        <translation>不限日期</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Welcome to Aftersales</source>
        <translation>歡迎使用 Aftersales</translation>
    </message>
    <message>
        <source>Aftersales is running without passwords: everyone who starts it acts as the administrator.

Set an administrator password now (recommended)? From then on everyone logs in with their own user, and every change is recorded under their name.</source>
        <translation>Aftersales 目前未設定密碼：任何啟動它的人都以系統管理員身分操作。

現在設定管理員密碼嗎（建議）？之後每個人都用自己的使用者登入，每項變更都會記錄在其名下。</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>設定密碼…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍後再說</translation>
    </message>
    <message>
        <source>Don&apos;t ask again</source>
        <translation>不再詢問</translation>
    </message>
    <message>
        <source>Aftersales cannot start</source>
        <translation>Aftersales 無法啟動</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>資料庫已損毀</translation>
    </message>
    <message>
        <source>%1

The newest good backup is from %2 (%3). Restore it? The damaged file is kept beside it.</source>
        <translation>%1

最新的完好備份來自 %2（%3）。要還原嗎？損毀的檔案會保留在旁邊。</translation>
    </message>
    <message>
        <source>This database requires a login: add --user NAME and set AFTERSALES_PASSWORD.</source>
        <translation>此資料庫需要登入：請加上 --user 使用者名稱 並設定 AFTERSALES_PASSWORD。</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>資料庫：%1</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>無資料</translation>
    </message>
    <message>
        <source>cumulative %</source>
        <translation>累計 %</translation>
    </message>
</context>
<context>
    <name>as::Actor</name>
    <message>
        <source>manage users</source>
        <translation>管理使用者</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>變更設定</translation>
    </message>
    <message>
        <source>edit customers</source>
        <translation>編輯客戶</translation>
    </message>
    <message>
        <source>see full phone numbers</source>
        <translation>檢視完整電話號碼</translation>
    </message>
    <message>
        <source>create service orders</source>
        <translation>建立維修工單</translation>
    </message>
    <message>
        <source>edit service orders</source>
        <translation>編輯維修工單</translation>
    </message>
    <message>
        <source>dispatch service orders</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>work on service orders</source>
        <translation>處理維修工單</translation>
    </message>
    <message>
        <source>cancel service orders</source>
        <translation>取消維修工單</translation>
    </message>
    <message>
        <source>close service orders</source>
        <translation>結案維修工單</translation>
    </message>
    <message>
        <source>manage the parts catalogue</source>
        <translation>管理零件目錄</translation>
    </message>
    <message>
        <source>post stock movements</source>
        <translation>登錄庫存異動</translation>
    </message>
    <message>
        <source>allow negative stock</source>
        <translation>允許負庫存</translation>
    </message>
    <message>
        <source>approve stocktakes</source>
        <translation>核准盤點</translation>
    </message>
    <message>
        <source>approve purchase requests</source>
        <translation>核准請購單</translation>
    </message>
    <message>
        <source>handle complaints</source>
        <translation>處理客訴</translation>
    </message>
    <message>
        <source>approve compensation, replacement or refund</source>
        <translation>核准賠償、換貨或退款</translation>
    </message>
    <message>
        <source>record follow-up calls</source>
        <translation>登錄回訪</translation>
    </message>
    <message>
        <source>read reports</source>
        <translation>檢視報表</translation>
    </message>
    <message>
        <source>export data</source>
        <translation>匯出資料</translation>
    </message>
    <message>
        <source>import data</source>
        <translation>匯入資料</translation>
    </message>
    <message>
        <source>back up and restore</source>
        <translation>備份與還原</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3.</source>
        <translation>%1（%2）無權%3。</translation>
    </message>
</context>
<context>
    <name>as::AttachmentService</name>
    <message>
        <source>Signed work order</source>
        <translation>客戶簽名工單</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>File %1 does not exist.</source>
        <translation>檔案 %1 不存在。</translation>
    </message>
    <message>
        <source>File %1 is %2 MB; attachments may be at most %3 MB.</source>
        <translation>檔案 %1 為 %2 MB；附件最大 %3 MB。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>File %1 is empty.</source>
        <translation>檔案 %1 是空的。</translation>
    </message>
    <message>
        <source>File %1 is larger than %2 MB.</source>
        <translation>檔案 %1 超過 %2 MB。</translation>
    </message>
    <message>
        <source>File %1 is not an image or a PDF (%2).</source>
        <translation>檔案 %1 不是圖片或 PDF（%2）。</translation>
    </message>
    <message>
        <source>Service order %1 does not exist.</source>
        <translation>維修工單 %1 不存在。</translation>
    </message>
    <message>
        <source>Attachment %1 does not exist.</source>
        <translation>附件 %1 不存在。</translation>
    </message>
    <message>
        <source>A reason is required to remove an attachment.</source>
        <translation>移除附件必須填寫原因。</translation>
    </message>
    <message>
        <source>The attachment was changed or removed by someone else. Reload to see it.</source>
        <translation>附件已被他人修改或移除。請重新載入查看。</translation>
    </message>
</context>
<context>
    <name>as::BackupController</name>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>自動備份失敗：%1</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>備份已寫入並驗證：%1</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>備份失敗：%1</translation>
    </message>
    <message>
        <source>Automatic backup written and verified: %1</source>
        <translation>自動備份已寫入並驗證：%1</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>備份</translation>
    </message>
    <message>
        <source>Backing up to %1 …</source>
        <translation>正在備份到 %1 …</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>從備份還原</translation>
    </message>
    <message>
        <source>Aftersales backups (*.db);;All files (*)</source>
        <translation>Aftersales 備份 (*.db);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Replace all data in %1 with the backup %2?

The current data is first saved as a backup.</source>
        <translation>用備份 %2 取代 %1 中的全部資料嗎？

目前的資料會先儲存為一份備份。</translation>
    </message>
    <message>
        <source>Restore refused</source>
        <translation>拒絕還原</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已還原</translation>
    </message>
    <message>
        <source>The data was restored from %1.</source>
        <translation>資料已從 %1 還原。</translation>
    </message>
</context>
<context>
    <name>as::BackupService</name>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>備份 %1 不存在。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be opened: %2</source>
        <translation>無法開啟備份 %1：%2</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: %2</source>
        <translation>備份 %1 已損毀：%2</translation>
    </message>
    <message>
        <source>%1 is not an Aftersales backup.</source>
        <translation>%1 不是 Aftersales 備份。</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of Aftersales (schema %2).</source>
        <translation>備份 %1 由較新版本的 Aftersales 建立（結構版本 %2）。</translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server: back it up with the server&apos;s tools (pg_dump).</source>
        <translation>此資料庫位於 PostgreSQL 伺服器上：請用伺服器的工具（pg_dump）備份。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>資料夾 %1 不存在。</translation>
    </message>
    <message>
        <source>The folder %1 is read-only.</source>
        <translation>資料夾 %1 為唯讀。</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be created: %2</source>
        <translation>無法建立備份檔 %1：%2</translation>
    </message>
    <message>
        <source>Backing up to %1 failed: %2</source>
        <translation>備份到 %1 失敗：%2</translation>
    </message>
    <message>
        <source>The backup could not be given its name %1.</source>
        <translation>無法將備份命名為 %1。</translation>
    </message>
    <message>
        <source>The backup folder %1 could not be created.</source>
        <translation>無法建立備份資料夾 %1。</translation>
    </message>
    <message>
        <source>The old backup %1 could not be removed.</source>
        <translation>無法刪除舊備份 %1。</translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server: restore it with the server&apos;s tools (pg_restore).</source>
        <translation>此資料庫位於 PostgreSQL 伺服器上：請用伺服器的工具（pg_restore）還原。</translation>
    </message>
    <message>
        <source>%1 on %2 (%3, last seen %4 UTC)</source>
        <translation>%2 上的 %1（%3，最後活動 %4 UTC）</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message numerus="yes">
        <source>The database is in use by %n other session(s): %1. Close them before restoring.</source>
        <translation>
            <numerusform>資料庫正被 %n 個其他工作階段使用：%1。請先關閉它們再還原。</numerusform>
        </translation>
    </message>
    <message>
        <source>No restore: the safety backup of the current data failed: %1</source>
        <translation>未還原：目前資料的安全備份失敗：%1</translation>
    </message>
    <message>
        <source>Restoring from %1 failed (%2); the database is unchanged.</source>
        <translation>從 %1 還原失敗（%2）；資料庫未變更。</translation>
    </message>
    <message>
        <source>The damaged database %1 could not be moved aside.</source>
        <translation>無法移開已損毀的資料庫 %1。</translation>
    </message>
    <message>
        <source>The backup %1 could not be copied to %2.</source>
        <translation>無法將備份 %1 複製到 %2。</translation>
    </message>
    <message>
        <source>The restored copy could not be renamed to %1.</source>
        <translation>無法將還原的副本重新命名為 %1。</translation>
    </message>
</context>
<context>
    <name>as::BatchPrintDialog</name>
    <message>
        <source>Print work orders for a day</source>
        <translation>列印某天的工單</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A5</source>
        <translation>A5</translation>
    </message>
    <message>
        <source>&amp;Technician:</source>
        <translation>技師(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>紙張(&amp;P)：</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>預覽(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存為 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>There are no technicians yet (Tools &gt; Users…).</source>
        <translation>還沒有技師（工具 &gt; 使用者…）。</translation>
    </message>
    <message>
        <source>%1  %2  %3 — %4</source>
        <translation>%1  %2  %3 — %4</translation>
    </message>
    <message>
        <source>No appointments that day.</source>
        <translation>當天沒有預約。</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) with an appointment that day, one page each.</source>
        <translation>
            <numerusform>當天有預約的工單 %n 張，每張一頁。</numerusform>
        </translation>
    </message>
    <message>
        <source>work-orders-%1-%2.pdf</source>
        <translation>工單-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Save work orders as PDF</source>
        <translation>將工單另存為 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>列印</translation>
    </message>
</context>
<context>
    <name>as::BulkWriter</name>
    <message>
        <source>Database error: %1</source>
        <translation>資料庫錯誤：%1</translation>
    </message>
    <message>
        <source>The database is busy: another PC kept it locked for too long. Nothing was saved; please try again.</source>
        <translation>資料庫忙碌中：另一台電腦鎖定太久。未儲存任何內容，請再試一次。</translation>
    </message>
    <message>
        <source>The change conflicts with existing data (%1).</source>
        <translation>此變更與現有資料衝突（%1）。</translation>
    </message>
</context>
<context>
    <name>as::CalendarDays</name>
    <message>
        <source>Date is required.</source>
        <translation>日期為必填。</translation>
    </message>
    <message>
        <source>Name is too long (at most 60 characters).</source>
        <translation>名稱過長（最多 60 個字元）。</translation>
    </message>
    <message>
        <source>%1 is not a holiday or make-up day.</source>
        <translation>%1 不是國定假日或補班日。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time range like 09:00-12:00.</source>
        <translation>%1：「%2」不是 09:00-12:00 這樣的時段。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must start before it ends, within one day.</source>
        <translation>%1：「%2」的開始時間必須早於結束時間，且在同一天內。</translation>
    </message>
    <message>
        <source>%1: the ranges overlap or are out of order.</source>
        <translation>%1：時段重疊或順序不對。</translation>
    </message>
</context>
<context>
    <name>as::CalendarSettings</name>
    <message>
        <source>Acknowledge a new request</source>
        <translation>受理新請求</translation>
    </message>
    <message>
        <source>Dispatch after opening</source>
        <translation>登錄後派工</translation>
    </message>
    <message>
        <source>Technician contacts the customer after dispatch</source>
        <translation>派工後技師聯絡客戶</translation>
    </message>
    <message>
        <source>Resolve a general problem</source>
        <translation>解決一般問題</translation>
    </message>
    <message>
        <source>Resolve a complex problem</source>
        <translation>解決複雜問題</translation>
    </message>
    <message>
        <source>On-site visit when needed</source>
        <translation>需要時到府</translation>
    </message>
    <message>
        <source>Keep the customer informed every</source>
        <translation>向客戶回報進度的間隔</translation>
    </message>
    <message>
        <source>Acknowledge a complaint</source>
        <translation>受理客訴</translation>
    </message>
    <message>
        <source>Propose a remedy for a complaint</source>
        <translation>提出客訴處理方案</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>工作時間</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>補班日</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>Save working hours</source>
        <translation>儲存工作時間</translation>
    </message>
    <message>
        <source>Public holidays and make-up working days</source>
        <translation>國定假日與補班日</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>e.g. National Day</source>
        <translation>例如：國慶日</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>假日</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>刪除所選</translation>
    </message>
    <message>
        <source>Service level rules</source>
        <translation>服務時限規則</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>規則</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>時限</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Warn &quot;due soon&quot; this long before a deadline</source>
        <translation>截止前多久提示「即將到期」</translation>
    </message>
    <message>
        <source>working minutes</source>
        <translation>工作分鐘</translation>
    </message>
    <message>
        <source>minutes (around the clock)</source>
        <translation>分鐘（全天計算）</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>工作天</translation>
    </message>
    <message>
        <source>Save service level rules</source>
        <translation>儲存服務時限規則</translation>
    </message>
    <message>
        <source>Changes apply to orders opened from now on; deadlines already set stay as they are.</source>
        <translation>變更只適用於今後登錄的工單；已設定的時限維持不變。</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>已刪除。</translation>
    </message>
    <message>
        <source>Working hours saved.</source>
        <translation>工作時間已儲存。</translation>
    </message>
    <message>
        <source>Service level rules saved.</source>
        <translation>服務時限規則已儲存。</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 已儲存。</translation>
    </message>
</context>
<context>
    <name>as::CallPanel</name>
    <message>
        <source>Order</source>
        <translation>工單</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>開單時間</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>故障現象</translation>
    </message>
    <message>
        <source>&amp;Reached</source>
        <translation>已接通(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Not reached</source>
        <translation>未接通(&amp;N)</translation>
    </message>
    <message>
        <source>Re&amp;fused</source>
        <translation>拒絕回訪(&amp;F)</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>未評分</translation>
    </message>
    <message>
        <source>5 – very satisfied</source>
        <translation>5 – 非常滿意</translation>
    </message>
    <message>
        <source>4 – satisfied</source>
        <translation>4 – 滿意</translation>
    </message>
    <message>
        <source>3 – neutral</source>
        <translation>3 – 普通</translation>
    </message>
    <message>
        <source>2 – dissatisfied</source>
        <translation>2 – 不滿意</translation>
    </message>
    <message>
        <source>1 – very dissatisfied</source>
        <translation>1 – 非常不滿意</translation>
    </message>
    <message>
        <source>New service &amp;need: open a new order after recording</source>
        <translation>有新的服務需求(&amp;N)：記錄後新增工單</translation>
    </message>
    <message>
        <source>Record call (Ctrl+Enter)</source>
        <translation>記錄回訪 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>&amp;Satisfaction</source>
        <translation>滿意度(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translation>備註(&amp;C)</translation>
    </message>
    <message>
        <source>Call outcome</source>
        <translation>回訪結果</translation>
    </message>
    <message>
        <source>Order history</source>
        <translation>工單歷史</translation>
    </message>
    <message>
        <source>Select a call in the list.</source>
        <translation>請在清單中選擇一筆回訪。</translation>
    </message>
    <message>
        <source>Product: %1, serial %2</source>
        <translation>產品：%1，序號 %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Order %1: %2. Work done: %3</source>
        <translation>工單 %1：%2。維修內容：%3</translation>
    </message>
    <message>
        <source>%1, due %2. %3</source>
        <translation>%1，應於 %2 前回訪。%3</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) after acceptance</source>
        <translation>
            <numerusform>驗收後 %n 個月</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>Earlier calls:</source>
        <translation>以往回訪：</translation>
    </message>
    <message>
        <source>No new order was saved; the call is not recorded yet. Untick &quot;new service need&quot; to record it without an order.</source>
        <translation>未儲存新工單，本次回訪尚未記錄。取消勾選「有新的服務需求」即可不建工單直接記錄。</translation>
    </message>
</context>
<context>
    <name>as::ComplaintAnalysisView</name>
    <message>
        <source>Complaints</source>
        <translation>客訴</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>不限日期</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>更新(&amp;U)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>責任歸屬</translation>
    </message>
    <message>
        <source>Product model</source>
        <translation>產品型號</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Received &amp;from</source>
        <translation>客訴日期從(&amp;F)</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>至(&amp;O)</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>依類別</translation>
    </message>
    <message>
        <source>By responsibility</source>
        <translation>依責任歸屬</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>依月份</translation>
    </message>
    <message>
        <source>By product model</source>
        <translation>依產品型號</translation>
    </message>
    <message>
        <source>Repeat customers (2 or more complaints)</source>
        <translation>重複客訴客戶（2 次以上）</translation>
    </message>
    <message>
        <source>%1 complaints, %2 still open. Caused by service: %3 (%4 %), the numerator of the complaint rate.</source>
        <translation>共 %1 件客訴，%2 件未結案。服務責任：%3 件（%4 %），即客訴率的分子。</translation>
    </message>
    <message>
        <source>(no model)</source>
        <translation>（無型號）</translation>
    </message>
</context>
<context>
    <name>as::ComplaintFileConverter</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空的。</translation>
    </message>
    <message>
        <source>%1 is neither a 12365auto car complaint file nor a CFPB complaint export (unknown header).</source>
        <translation>%1 既不是 12365auto 汽車客訴檔案，也不是 CFPB 客訴匯出檔案（表頭無法辨識）。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>as::ComplaintListModel</name>
    <message>
        <source>Complaint</source>
        <translation>客訴</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>下一期限</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>客訴時間</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型號</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>責任歸屬</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>處理方式</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>客訴內容</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>已逾時 %1</translation>
    </message>
</context>
<context>
    <name>as::ComplaintService</name>
    <message>
        <source>Customer is required: pick an existing customer or create one.</source>
        <translation>必須選擇客戶：請選既有客戶或新增一位。</translation>
    </message>
    <message>
        <source>Content is required: write what the customer complains about.</source>
        <translation>客訴內容為必填：請寫明客戶客訴的問題。</translation>
    </message>
    <message>
        <source>Content is too long (at most 32000 characters).</source>
        <translation>客訴內容過長（最多 32000 個字元）。</translation>
    </message>
    <message>
        <source>Contact phone &quot;%1&quot; is not a valid phone number.</source>
        <translation>聯絡電話「%1」不是有效的電話號碼。</translation>
    </message>
    <message>
        <source>Reception time is in the future.</source>
        <translation>客訴時間晚於目前時間。</translation>
    </message>
    <message>
        <source>Product %1 is registered to another customer.</source>
        <translation>產品 %1 登錄在另一位客戶名下。</translation>
    </message>
    <message>
        <source>Service order %1 does not exist.</source>
        <translation>維修工單 %1 不存在。</translation>
    </message>
    <message>
        <source>A service order concerned belongs to another customer.</source>
        <translation>所涉及的維修工單屬於其他客戶。</translation>
    </message>
    <message>
        <source>Complaint %1 does not exist.</source>
        <translation>客訴 %1 不存在。</translation>
    </message>
    <message>
        <source>There is no complaint %1.</source>
        <translation>沒有客訴 %1。</translation>
    </message>
    <message>
        <source>Complaint %1 was changed by someone else after you opened it. Reload to see their change.</source>
        <translation>您開啟後，客訴 %1 已被他人修改。請重新載入查看。</translation>
    </message>
    <message>
        <source>%1 of complaint %2 needs a manager&apos;s approval; %3 (%4) may not approve it.</source>
        <translation>客訴 %2 的「%1」需要經理核准；%3（%4）無權核准。</translation>
    </message>
    <message>
        <source>Remedy is required to propose a remedy.</source>
        <translation>提出處理方案時必須選擇處理方式。</translation>
    </message>
    <message>
        <source>Compensation amount is required for a compensation.</source>
        <translation>賠償必須填寫賠償金額。</translation>
    </message>
    <message>
        <source>An amount only goes with a compensation or a refund.</source>
        <translation>只有賠償或退款才能填寫金額。</translation>
    </message>
    <message>
        <source>There is no remedy to approve.</source>
        <translation>沒有待核准的處理方案。</translation>
    </message>
    <message>
        <source>Write why the customer is not satisfied.</source>
        <translation>請寫明客戶不滿意的原因。</translation>
    </message>
    <message>
        <source>Complaint %1 is already acknowledged.</source>
        <translation>客訴 %1 已受理。</translation>
    </message>
    <message>
        <source>Complaint %1 cannot go from %2 to %3.</source>
        <translation>客訴 %1 不能從「%2」變為「%3」。</translation>
    </message>
    <message>
        <source>Complaint %1 is closed; it can no longer be changed.</source>
        <translation>客訴 %1 已結案，不能再修改。</translation>
    </message>
    <message>
        <source>The remedy of complaint %1 is approved; it cannot be changed now.</source>
        <translation>客訴 %1 的處理方案已核准，現在不能修改。</translation>
    </message>
    <message>
        <source>Compensation amount cannot be negative.</source>
        <translation>賠償金額不能為負數。</translation>
    </message>
    <message>
        <source>The responsible person does not exist.</source>
        <translation>負責人不存在。</translation>
    </message>
    <message>
        <source>Tick at least one order to link.</source>
        <translation>請至少勾選一張要關聯的工單。</translation>
    </message>
    <message>
        <source>Order %1 belongs to another customer; it cannot be linked to complaint %2.</source>
        <translation>工單 %1 屬於其他客戶，不能關聯到客訴 %2。</translation>
    </message>
</context>
<context>
    <name>as::ComplaintStepDialog</name>
    <message>
        <source>Customer not satisfied…</source>
        <translation>客戶不滿意…</translation>
    </message>
    <message>
        <source>Start investigation</source>
        <translation>開始調查</translation>
    </message>
    <message>
        <source>Propose remedy…</source>
        <translation>提出處理方案…</translation>
    </message>
    <message>
        <source>Approve remedy…</source>
        <translation>核准處理方案…</translation>
    </message>
    <message>
        <source>Customer informed…</source>
        <translation>已告知客戶…</translation>
    </message>
    <message>
        <source>Customer satisfied: close…</source>
        <translation>客戶滿意：結案…</translation>
    </message>
    <message>
        <source>Complaint %1: %2</source>
        <translation>客訴 %1：%2</translation>
    </message>
    <message>
        <source>&amp;Remedy</source>
        <translation>處理方式(&amp;R)</translation>
    </message>
    <message>
        <source>Amount (compensation or refund)</source>
        <translation>金額（賠償或退款）</translation>
    </message>
    <message>
        <source>Res&amp;ponsibility</source>
        <translation>責任歸屬(&amp;P)</translation>
    </message>
    <message>
        <source>Root &amp;cause</source>
        <translation>根本原因(&amp;C)</translation>
    </message>
    <message>
        <source>Compensation, replacement and refund need a manager&apos;s approval.</source>
        <translation>賠償、換貨和退款需要經理核准。</translation>
    </message>
    <message>
        <source>Why the customer is not satisfied (required)</source>
        <translation>客戶不滿意的原因（必填）</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>客戶的回饋</translation>
    </message>
    <message>
        <source>Customer &amp;feedback</source>
        <translation>客戶回饋(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>備註(&amp;N)</translation>
    </message>
</context>
<context>
    <name>as::ComplaintWindow</name>
    <message>
        <source>(not decided)</source>
        <translation>（未確定）</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>（尚未指派）</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>儲存變更(&amp;S)</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>客訴內容</translation>
    </message>
    <message>
        <source>Customer expects</source>
        <translation>客戶訴求</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>責任部門</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>調查紀錄</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>責任歸屬</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>處理方式</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>客戶的回饋</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>處理</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>客訴</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>進度</translation>
    </message>
    <message>
        <source>History</source>
        <translation>歷史紀錄</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Product and orders</source>
        <translation>產品與工單</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>客訴 %1</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>客訴時間 %1</translation>
    </message>
    <message>
        <source>%1 done %2</source>
        <translation>%1 已於 %2 完成</translation>
    </message>
    <message>
        <source>%1 OVERDUE since %2</source>
        <translation>%1 自 %2 起已逾時</translation>
    </message>
    <message>
        <source>%1 due %2</source>
        <translation>%1 期限 %2</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Remedy proposal</source>
        <translation>提出處理方案</translation>
    </message>
    <message>
        <source>Approved %1</source>
        <translation>已於 %1 核准</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>已於 %1 結案</translation>
    </message>
    <message numerus="yes">
        <source>Reopened %n time(s)</source>
        <translation>
            <numerusform>重新處理 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repeat case: %n order(s) or complaint(s) in the last 12 months.</source>
        <translation>
            <numerusform>重複案件：最近 12 個月內有 %n 筆工單或客訴。</numerusform>
        </translation>
    </message>
    <message>
        <source>No product model.</source>
        <translation>無產品型號。</translation>
    </message>
    <message>
        <source>Order %1 (%2)</source>
        <translation>工單 %1（%2）</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到客訴</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Details changed</source>
        <translation>詳細資料已修改</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已匯入</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Customer not satisfied: %1</source>
        <translation>客戶不滿意：%1</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>&amp;Link orders…</source>
        <translation>關聯工單(&amp;L)…</translation>
    </message>
    <message>
        <source>Orders linked</source>
        <translation>已關聯工單</translation>
    </message>
</context>
<context>
    <name>as::ComplaintsExport</name>
    <message>
        <source>Complaints</source>
        <translation>客訴</translation>
    </message>
</context>
<context>
    <name>as::ComplaintsImport</name>
    <message>
        <source>the complaint number is longer than 40 characters</source>
        <translation>客訴單號超過 40 個字元</translation>
    </message>
    <message>
        <source>duplicate complaint number %1: also in row %2</source>
        <translation>客訴單號 %1 重複：第 %2 列也有</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number</source>
        <translation>「%1」不是有效的電話號碼</translation>
    </message>
    <message>
        <source>a customer name is required with the phone number</source>
        <translation>填寫電話時必須同時填寫客戶名稱</translation>
    </message>
    <message>
        <source>an amount only goes with remedy compensation or refund</source>
        <translation>只有處理方式為賠償或退款時才能填寫金額</translation>
    </message>
    <message>
        <source>closed_at is before received_at</source>
        <translation>結案時間早於客訴時間</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: yes, no</source>
        <translation>「%1」不是 yes 或 no</translation>
    </message>
    <message>
        <source>%1 is in the future</source>
        <translation>%1 在未來</translation>
    </message>
    <message>
        <source>complaint %1 is already in the database</source>
        <translation>客訴 %1 已在資料庫中</translation>
    </message>
    <message>
        <source>there is no service order %1 in the database</source>
        <translation>資料庫中沒有維修工單 %1</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>客訴</translation>
    </message>
    <message>
        <source>new customers</source>
        <translation>新客戶</translation>
    </message>
    <message>
        <source>Imported history</source>
        <translation>匯入的歷史紀錄</translation>
    </message>
    <message>
        <source>The complaint of row %1 was not stored.</source>
        <translation>第 %1 列的客訴未能儲存。</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>客訴</translation>
    </message>
</context>
<context>
    <name>as::ComplaintsPage</name>
    <message>
        <source>Complaints</source>
        <translation>客訴</translation>
    </message>
    <message>
        <source>Search by number, customer, phone or words of the complaint</source>
        <translation>依單號、客戶、電話或客訴內容搜尋</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部狀態</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>未結案客訴</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部類別</translation>
    </message>
    <message>
        <source>Any responsibility</source>
        <translation>全部責任歸屬</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>全部嚴重程度</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>全部期限</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即將到期</translation>
    </message>
    <message>
        <source>&amp;New complaint…</source>
        <translation>新增客訴(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <source>Received &amp;from</source>
        <translation>客訴日期從(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <source>List</source>
        <translation>清單</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>The &quot;received to&quot; date is before the &quot;received from&quot; date.</source>
        <translation>客訴結束日期早於開始日期。</translation>
    </message>
    <message>
        <source>Showing the first %1 complaints; scroll for more.</source>
        <translation>顯示前 %1 件客訴；向下捲動查看更多。</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n 件客訴</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>as::ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>%1 was saved by someone else after you opened it. Compare the two versions:</source>
        <translation>您開啟 %1 之後，他人已儲存了它。請比較兩個版本：</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>您的版本</translation>
    </message>
    <message>
        <source>Saved by the other user</source>
        <translation>其他使用者儲存的版本</translation>
    </message>
    <message>
        <source>Keep theirs (reload)</source>
        <translation>保留對方的（重新載入）</translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation>用我的覆蓋對方的</translation>
    </message>
    <message>
        <source>Another PC is saving to the database; waiting to save yours…</source>
        <translation>另一台電腦正在寫入資料庫；正在等待儲存您的變更…</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>停止等待</translation>
    </message>
    <message>
        <source>Waiting for another PC</source>
        <translation>正在等待另一台電腦</translation>
    </message>
</context>
<context>
    <name>as::CsvReader</name>
    <message>
        <source>%1: the file starts with a UTF-8 mark but is not valid UTF-8.</source>
        <translation>%1：檔案以 UTF-8 標記開頭，但不是有效的 UTF-8。</translation>
    </message>
    <message>
        <source>%1 is not UTF-8, and this system cannot read GBK. Save the file as &quot;CSV UTF-8&quot;.</source>
        <translation>%1 不是 UTF-8 編碼，而本系統無法讀取 GBK。請將檔案另存為「CSV UTF-8」。</translation>
    </message>
    <message>
        <source>%1 is not a text file (it contains zero bytes); choose a CSV or XLSX file.</source>
        <translation>%1 不是文字檔（含有零位元組）；請選擇 CSV 或 XLSX 檔案。</translation>
    </message>
    <message>
        <source>CSV (%1)</source>
        <translation>CSV（%1）</translation>
    </message>
    <message>
        <source>%1:%2: a quoted cell that starts here is never closed (is the file cut off?).</source>
        <translation>%1:%2：從此處開始的帶引號儲存格沒有結束（檔案是否被截斷？）。</translation>
    </message>
    <message>
        <source>%1 is neither UTF-8 nor GBK (nor Big5) text. Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>%1 既不是 UTF-8，也不是 GBK（或 Big5）文字。請另存為「CSV UTF-8」後再試一次。</translation>
    </message>
</context>
<context>
    <name>as::CustomerDetailDialog</name>
    <message>
        <source>Model</source>
        <translation>型號</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>購買日期</translation>
    </message>
    <message>
        <source>Warranty today</source>
        <translation>目前保固狀態</translation>
    </message>
    <message>
        <source>Covered until</source>
        <translation>保固期限</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工單</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>開單時間</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>故障現象</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Service orders</source>
        <translation>維修工單</translation>
    </message>
    <message>
        <source>History</source>
        <translation>歷史紀錄</translation>
    </message>
    <message>
        <source>&amp;Edit customer…</source>
        <translation>編輯客戶(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Register product…</source>
        <translation>登錄產品(&amp;R)…</translation>
    </message>
    <message>
        <source>Edit &amp;product…</source>
        <translation>編輯產品(&amp;P)…</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>客戶 %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>電話：%1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>電子郵件：%1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>類型：%1</translation>
    </message>
    <message>
        <source>Customer since %1</source>
        <translation>自 %1 起成為客戶</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>備註：%1</translation>
    </message>
    <message numerus="yes">
        <source>Repeat case: %n order(s) in 12 months</source>
        <translation>
            <numerusform>重複案件：12 個月內 %n 張工單</numerusform>
        </translation>
    </message>
    <message>
        <source>Products (%1)</source>
        <translation>產品（%1）</translation>
    </message>
    <message>
        <source>Service orders (%1)</source>
        <translation>維修工單（%1）</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>編輯產品</translation>
    </message>
    <message>
        <source>Select a product first.</source>
        <translation>請先選擇一項產品。</translation>
    </message>
</context>
<context>
    <name>as::CustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>新增客戶</translation>
    </message>
    <message>
        <source>e.g. 13800138000 or 010-62345678</source>
        <translation>例如 0912345678 或 02-23456789</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>姓名(&amp;N) *</translation>
    </message>
    <message>
        <source>&amp;Phone *</source>
        <translation>電話(&amp;P) *</translation>
    </message>
    <message>
        <source>Second p&amp;hone</source>
        <translation>備用電話(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>電子郵件(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>類型(&amp;T)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>備註(&amp;O)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Edit customer %1</source>
        <translation>編輯客戶 %1</translation>
    </message>
    <message>
        <source>The phone %1 already belongs to: %2. Check that this is not the same customer; press &quot;Save anyway&quot; to create another record.</source>
        <translation>電話 %1 已屬於：%2。請確認不是同一位客戶；按「仍要儲存」可另建一筆資料。</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍要儲存</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Second phone</source>
        <translation>備用電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>客戶 %1</translation>
    </message>
</context>
<context>
    <name>as::CustomerListModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>工單</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>最近工單</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>成為客戶日期</translation>
    </message>
</context>
<context>
    <name>as::CustomerPicker</name>
    <message>
        <source>No customer matches &quot;%1&quot;.</source>
        <translation>沒有與「%1」相符的客戶。</translation>
    </message>
    <message>
        <source>Phone fragment or name, then Down and Enter</source>
        <translation>輸入部分電話或姓名，再按↓和 Enter</translation>
    </message>
    <message>
        <source>No customer chosen yet.</source>
        <translation>尚未選擇客戶。</translation>
    </message>
    <message numerus="yes">
        <source>Repeat case: %n order(s) or complaint(s) in the last 12 months.</source>
        <translation>
            <numerusform>重複案件：最近 12 個月內有 %n 筆工單或客訴。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>as::CustomerService</name>
    <message>
        <source>Name is required.</source>
        <translation>必須填寫姓名。</translation>
    </message>
    <message>
        <source>Name is too long (at most 100 characters).</source>
        <translation>姓名太長（最多 100 個字元）。</translation>
    </message>
    <message>
        <source>Phone is required.</source>
        <translation>必須填寫電話。</translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot; is not a valid phone number (mobile 11 digits, landline with area code, or +country code).</source>
        <translation>電話「%1」不是有效的電話號碼（手機 11 碼、市話需加區碼，或 +國碼）。</translation>
    </message>
    <message>
        <source>Second phone &quot;%1&quot; is not a valid phone number.</source>
        <translation>備用電話「%1」不是有效的電話號碼。</translation>
    </message>
    <message>
        <source>E-mail &quot;%1&quot; is not a valid address.</source>
        <translation>電子郵件「%1」不是有效的地址。</translation>
    </message>
    <message>
        <source>Address is too long (at most 300 characters).</source>
        <translation>地址太長（最多 300 個字元）。</translation>
    </message>
    <message>
        <source>Model is required.</source>
        <translation>必須填寫型號。</translation>
    </message>
    <message>
        <source>Serial number is too long (at most 64 characters).</source>
        <translation>序號太長（最多 64 個字元）。</translation>
    </message>
    <message>
        <source>Purchase date %1 is in the future.</source>
        <translation>購買日期 %1 在未來。</translation>
    </message>
    <message>
        <source>Manufacture date %1 is in the future.</source>
        <translation>製造日期 %1 在未來。</translation>
    </message>
    <message>
        <source>Installation date %1 is in the future.</source>
        <translation>安裝日期 %1 在未來。</translation>
    </message>
    <message>
        <source>Manufacture date is after the purchase date.</source>
        <translation>製造日期晚於購買日期。</translation>
    </message>
    <message>
        <source>Warranty months must be between 0 and 240.</source>
        <translation>保固月數必須介於 0 到 240 之間。</translation>
    </message>
    <message>
        <source>Overriding the warranty status needs a written reason.</source>
        <translation>變更保固狀態需要填寫原因。</translation>
    </message>
    <message>
        <source>Customer %1 was changed by someone else after you opened it. Reload to see their change.</source>
        <translation>您開啟客戶 %1 之後，他人修改了它。請重新載入以檢視其變更。</translation>
    </message>
    <message>
        <source>Archiving a customer needs a reason.</source>
        <translation>封存客戶需要填寫原因。</translation>
    </message>
    <message>
        <source>The customer was changed or archived by someone else. Reload and try again.</source>
        <translation>該客戶已被他人修改或封存。請重新載入後再試一次。</translation>
    </message>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation>客戶 %1 不存在。</translation>
    </message>
    <message>
        <source>Serial number %1 is already registered (to customer %2).</source>
        <translation>序號 %1 已登錄（屬於客戶 %2）。</translation>
    </message>
    <message>
        <source>Product %1 was changed by someone else after you opened it. Reload to see their change.</source>
        <translation>您開啟產品 %1 之後，他人修改了它。請重新載入以檢視其變更。</translation>
    </message>
    <message>
        <source>Product registration %1 does not exist.</source>
        <translation>產品登錄 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>as::CustomersImport</name>
    <message>
        <source>the name is %1 characters long; at most 100 are allowed</source>
        <translation>姓名長 %1 個字元；最多允許 100 個</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number (mobile 11 digits, landline with area code, or +country code)</source>
        <translation>「%1」不是有效的電話號碼（手機 11 碼、市話需加區碼，或 +國碼）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address</source>
        <translation>「%1」不是有效的電子郵件地址</translation>
    </message>
    <message>
        <source>the address is %1 characters long; at most 300 are allowed</source>
        <translation>地址長 %1 個字元；最多允許 300 個</translation>
    </message>
    <message>
        <source>a model is required when the row has a product (serial, purchase date or warranty)</source>
        <translation>該列含有產品資訊（序號、購買日期或保固）時必須填寫型號</translation>
    </message>
    <message>
        <source>the serial number is longer than 64 characters</source>
        <translation>序號超過 64 個字元</translation>
    </message>
    <message>
        <source>the purchase date %1 is in the future</source>
        <translation>購買日期 %1 在未來</translation>
    </message>
    <message>
        <source>duplicate serial %1: also in row %2</source>
        <translation>序號 %1 重複：第 %2 列也有</translation>
    </message>
    <message>
        <source>duplicate serial %1: already registered to another product</source>
        <translation>序號 %1 重複：已登錄於另一項產品</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>existing customers</source>
        <translation>既有客戶</translation>
    </message>
    <message>
        <source>products</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
</context>
<context>
    <name>as::CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Search by phone, name, serial number or order number</source>
        <translation>依電話、姓名、序號或工單號碼搜尋</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>新增客戶(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <source>Showing the first %1 customers; scroll for more.</source>
        <translation>顯示前 %1 位客戶；捲動以檢視更多。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 位客戶</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>as::Database</name>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL 伺服器</translation>
    </message>
    <message>
        <source>shared folder</source>
        <translation>共用資料夾</translation>
    </message>
    <message>
        <source>local file</source>
        <translation>本機檔案</translation>
    </message>
    <message>
        <source>No database location given.</source>
        <translation>未指定資料庫位置。</translation>
    </message>
    <message>
        <source>Not a valid PostgreSQL address: %1 (expected postgresql://user@host:port/dbname).</source>
        <translation>不是有效的 PostgreSQL 位址：%1（應為 postgresql://user@host:port/dbname）。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Aftersales (schema %2; this program knows up to %3). It was left untouched; install the newer version.</source>
        <translation>資料庫 %1 由較新版本的 Aftersales 寫入（結構版本 %2；本程式最高支援 %3）。資料庫未被更動；請安裝較新版本。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not an Aftersales database. It was left untouched.</source>
        <translation>%1 是 SQLite 資料庫，但不是 Aftersales 資料庫。它未被更動。</translation>
    </message>
    <message>
        <source>The database %1 was not upgraded because the backup before the upgrade failed: %2</source>
        <translation>資料庫 %1 未升級，因為升級前的備份失敗：%2</translation>
    </message>
    <message>
        <source>The database %1 needs an upgrade (schema %2 to %3). Run: aftersales-cli init</source>
        <translation>資料庫 %1 需要升級（結構版本 %2 到 %3）。請執行：aftersales-cli init</translation>
    </message>
    <message>
        <source>The folder %1 does not exist, so the database %2 cannot be opened or created.</source>
        <translation>資料夾 %1 不存在，因此無法開啟或建立資料庫 %2。</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>無法建立資料夾 %1。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 是資料夾，不是資料庫檔案。</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: %2</source>
        <translation>無法讀取資料庫 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not an Aftersales database (it is not an SQLite file). Nothing was changed.</source>
        <translation>%1 不是 Aftersales 資料庫（不是 SQLite 檔案）。未做任何變更。</translation>
    </message>
    <message>
        <source>The database %1 is read-only: Aftersales needs to write to it.</source>
        <translation>資料庫 %1 為唯讀：Aftersales 需要寫入它。</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>資料庫 %1 不存在。</translation>
    </message>
    <message>
        <source>The folder %1 is read-only: the database needs to write its journal there.</source>
        <translation>資料夾 %1 為唯讀：資料庫需要在那裡寫入日誌檔。</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>未安裝 Qt 的 SQLite 驅動程式（套件 libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation>無法開啟資料庫 %1：%2</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Nothing was changed.</source>
        <translation>資料庫 %1 已損毀（%2）。未做任何變更。</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).</source>
        <translation>未安裝 Qt 的 PostgreSQL 驅動程式（套件 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>Could not connect to the PostgreSQL server %1: %2</source>
        <translation>無法連線到 PostgreSQL 伺服器 %1：%2</translation>
    </message>
    <message>
        <source>The database %1 could not be switched to %2 journal mode (it is %3): another PC probably has it open in a different mode.</source>
        <translation>無法將資料庫 %1 切換到 %2 日誌模式（目前為 %3）：可能有另一台電腦以不同模式開啟了它。</translation>
    </message>
    <message>
        <source>The database is busy: another PC kept it locked for too long. Nothing was saved; please try again.</source>
        <translation>資料庫忙碌中：另一台電腦鎖定太久。未儲存任何內容，請再試一次。</translation>
    </message>
    <message>
        <source>The change conflicts with existing data (%1).</source>
        <translation>此變更與現有資料衝突（%1）。</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>資料庫錯誤：%1</translation>
    </message>
    <message>
        <source>Database error: the new record&apos;s id was not returned.</source>
        <translation>資料庫錯誤：未傳回新紀錄的編號。</translation>
    </message>
</context>
<context>
    <name>as::DateField</name>
    <message>
        <source>not known</source>
        <translation>不詳</translation>
    </message>
</context>
<context>
    <name>as::DemoGenerator</name>
    <message>
        <source>--orders must be between 0 and 20000000.</source>
        <translation>--orders 必須介於 0 到 20000000 之間。</translation>
    </message>
    <message>
        <source>The database %1 already holds customers; demo data goes into an empty database.</source>
        <translation>資料庫 %1 已有客戶；示範資料只能寫入空的資料庫。</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>service orders</source>
        <translation>維修工單</translation>
    </message>
    <message>
        <source>indexes</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>statistics</source>
        <translation>統計資訊</translation>
    </message>
    <message>
        <source>follow-up calls</source>
        <translation>回訪</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>客訴</translation>
    </message>
    <message>
        <source>complaint events</source>
        <translation>客訴紀錄</translation>
    </message>
</context>
<context>
    <name>as::DepotService</name>
    <message>
        <source>The repair record was changed by someone else after you opened it. Reload to see their change.</source>
        <translation>您開啟後，維修紀錄已被他人修改。請重新載入查看。</translation>
    </message>
    <message>
        <source>Model is required to register a unit received for repair.</source>
        <translation>登記送修產品時必須填寫型號。</translation>
    </message>
    <message>
        <source>Quantity must be at least 1.</source>
        <translation>數量至少為 1。</translation>
    </message>
    <message>
        <source>Service order %1 does not exist.</source>
        <translation>維修工單 %1 不存在。</translation>
    </message>
    <message>
        <source>Service order %1 is not a carry-in repair; only carry-in orders have a receiving register.</source>
        <translation>維修工單 %1 不是送修工單；只有送修工單才有收件登記。</translation>
    </message>
    <message>
        <source>Service order %1 is already closed or cancelled.</source>
        <translation>維修工單 %1 已結案或已取消。</translation>
    </message>
    <message>
        <source>The unit of service order %1 was already received.</source>
        <translation>維修工單 %1 的產品已登記收件。</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>櫃台</translation>
    </message>
    <message>
        <source>Received for repair</source>
        <translation>收件送修</translation>
    </message>
    <message>
        <source>The unit has not been received yet.</source>
        <translation>產品尚未登記收件。</translation>
    </message>
    <message>
        <source>The technician already confirmed the charges.</source>
        <translation>維修技師已確認費用。</translation>
    </message>
    <message>
        <source>Quality control confirms the charges after the technician.</source>
        <translation>品管須在維修技師之後確認費用。</translation>
    </message>
    <message>
        <source>Quality control already confirmed the charges.</source>
        <translation>品管已確認費用。</translation>
    </message>
    <message>
        <source>Quality control must be a different person from the technician who confirmed the charges.</source>
        <translation>品管確認人必須與確認費用的維修技師不是同一人。</translation>
    </message>
    <message>
        <source>Tester is required for the QC test record.</source>
        <translation>品管紀錄必須填寫檢測人。</translation>
    </message>
    <message>
        <source>Burn-in hours must be between 0 and 1000.</source>
        <translation>燒機時數必須介於 0 到 1000 小時之間。</translation>
    </message>
    <message>
        <source>Describe what failed in the QC note.</source>
        <translation>請在品管備註中說明不合格項目。</translation>
    </message>
    <message>
        <source>The unit was already shipped back.</source>
        <translation>產品已寄回。</translation>
    </message>
    <message>
        <source>Courier is required to ship the unit back.</source>
        <translation>寄回產品必須填寫貨運公司。</translation>
    </message>
    <message>
        <source>Tracking number is required to ship the unit back.</source>
        <translation>寄回產品必須填寫追蹤號碼。</translation>
    </message>
    <message>
        <source>The unit can be shipped back only after it passed the QC test.</source>
        <translation>產品須通過品管檢測後才能寄回。</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>維修工作站</translation>
    </message>
    <message>
        <source>Tracking number %1</source>
        <translation>追蹤號碼 %1</translation>
    </message>
    <message>
        <source>Say who hands the unit over.</source>
        <translation>請填寫交出人。</translation>
    </message>
    <message>
        <source>Say who receives the unit.</source>
        <translation>請填寫接收人。</translation>
    </message>
    <message>
        <source>Parts cannot be issued to this carry-in repair yet: the technician and quality control must first confirm the charges.</source>
        <translation>此送修工單暫不能領用零件：須先由維修技師和品管確認費用。</translation>
    </message>
</context>
<context>
    <name>as::DispatchPage</name>
    <message>
        <source>Dispatch</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工單</translation>
    </message>
    <message>
        <source>Dispatch by</source>
        <translation>派工期限</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>故障現象</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>維修技師</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>未結工單</translation>
    </message>
    <message>
        <source>Visits that day</source>
        <translation>當天到府</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>到府時間</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>改約</translation>
    </message>
    <message>
        <source>&amp;Assign to technician</source>
        <translation>指派給技師(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Book visit…</source>
        <translation>預約到府(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>改約(&amp;R)…</translation>
    </message>
    <message>
        <source>Waiting for a technician</source>
        <translation>待派工</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>技師</translation>
    </message>
    <message>
        <source>Visits of the chosen technician that day, and orders not yet booked:</source>
        <translation>所選技師當天的到府安排及尚未預約的工單：</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>已逾時 %1</translation>
    </message>
    <message>
        <source>not booked</source>
        <translation>未預約</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an order on the left and a technician on the right.</source>
        <translation>請在左側選擇工單，在右側選擇技師。</translation>
    </message>
    <message>
        <source>The board has been reloaded.</source>
        <translation>派工看板已重新整理。</translation>
    </message>
    <message>
        <source>Choose one of the technician&apos;s orders below.</source>
        <translation>請在下方選擇該技師的一張工單。</translation>
    </message>
    <message>
        <source>Order %1 has no visit booked yet: book it first.</source>
        <translation>工單 %1 尚未預約到府：請先預約。</translation>
    </message>
    <message>
        <source>Order %1 already has a visit: reschedule it instead.</source>
        <translation>工單 %1 已有到府預約：請改約。</translation>
    </message>
</context>
<context>
    <name>as::Domain</name>
    <message>
        <source>Manager</source>
        <translation>經理</translation>
    </message>
    <message>
        <source>Service agent</source>
        <translation>客服專員</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>維修技師</translation>
    </message>
    <message>
        <source>Parts clerk</source>
        <translation>零件管理員</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>物流配送員</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系統管理員</translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation>一般消費者</translation>
    </message>
    <message>
        <source>Dealer / agent</source>
        <translation>經銷商 / 代理商</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>企業客戶</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Online chat</source>
        <translation>線上客服</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>臨櫃</translation>
    </message>
    <message>
        <source>Dealer</source>
        <translation>經銷商</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>技術諮詢</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>維修</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>安裝調試</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>保養</translation>
    </message>
    <message>
        <source>Return / replacement</source>
        <translation>退換貨</translation>
    </message>
    <message>
        <source>On-site service</source>
        <translation>到府服務</translation>
    </message>
    <message>
        <source>Carry-in repair</source>
        <translation>送修</translation>
    </message>
    <message>
        <source>Remote guidance</source>
        <translation>遠端指導</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Complex</source>
        <translation>複雜</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派工</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已預約</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>處理中</translation>
    </message>
    <message>
        <source>Awaiting parts</source>
        <translation>待料</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完工</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已驗收</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已結案</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>In warranty</source>
        <translation>保固內</translation>
    </message>
    <message>
        <source>Out of warranty</source>
        <translation>保固外</translation>
    </message>
    <message>
        <source>Warranty unknown</source>
        <translation>保固狀態不明</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>倉庫</translation>
    </message>
    <message>
        <source>Technician&apos;s van</source>
        <translation>技師車輛</translation>
    </message>
    <message>
        <source>Defective stock</source>
        <translation>不良品庫</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>期初庫存</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>入庫</translation>
    </message>
    <message>
        <source>Issue to order</source>
        <translation>工單領用</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>銷售</translation>
    </message>
    <message>
        <source>Return from order</source>
        <translation>工單退料</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>調撥</translation>
    </message>
    <message>
        <source>Scrap / defective</source>
        <translation>報廢 / 不良</translation>
    </message>
    <message>
        <source>Stocktake adjustment</source>
        <translation>盤點調整</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>盤點中</translation>
    </message>
    <message>
        <source>Recount</source>
        <translation>複盤</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>已過帳</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>已申請</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>已訂購</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已到貨</translation>
    </message>
    <message>
        <source>After completion</source>
        <translation>完工回訪</translation>
    </message>
    <message>
        <source>Months after acceptance</source>
        <translation>驗收後定期回訪</translation>
    </message>
    <message>
        <source>Maintenance reminder</source>
        <translation>保養提醒</translation>
    </message>
    <message>
        <source>To call</source>
        <translation>待回訪</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒絕回訪</translation>
    </message>
    <message>
        <source>Not reachable</source>
        <translation>無法聯繫</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已接通</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>未接通</translation>
    </message>
    <message>
        <source>Product quality</source>
        <translation>產品品質</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>服務態度</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>及時性</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>配送</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>嚴重</translation>
    </message>
    <message>
        <source>Newly received</source>
        <translation>新受理</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>調查中</translation>
    </message>
    <message>
        <source>Remedy proposed</source>
        <translation>已提出處理方案</translation>
    </message>
    <message>
        <source>Customer informed</source>
        <translation>已告知客戶</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服務</translation>
    </message>
    <message>
        <source>Customer misuse</source>
        <translation>客戶使用不當</translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation>未確定</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>換貨</translation>
    </message>
    <message>
        <source>Free repair</source>
        <translation>免費維修</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>賠償</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>道歉</translation>
    </message>
    <message>
        <source>Logistics (delivery)</source>
        <translation>物流</translation>
    </message>
</context>
<context>
    <name>as::DrillDownDialog</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 筆紀錄</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click an order to open it.</source>
        <translation>雙擊工單即可開啟。</translation>
    </message>
</context>
<context>
    <name>as::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 活頁簿 (.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (.csv)</source>
        <translation>CSV，UTF-8 (.csv)</translation>
    </message>
    <message>
        <source>from the start</source>
        <translation>從最早開始</translation>
    </message>
    <message>
        <source>until today</source>
        <translation>直到今天</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>匯出到</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>清單(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>格式(&amp;F)</translation>
    </message>
    <message>
        <source>Period (empty: all)</source>
        <translation>期間（留空：全部）</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>The columns include those of the import format, so the file can be imported again.</source>
        <translation>欄位包含匯入格式所需的欄位，因此該檔案可以再次匯入。</translation>
    </message>
    <message>
        <source>Phone numbers are masked: your role may not take them out of the department.</source>
        <translation>電話號碼已遮蔽部分：您的角色無權將其帶出部門。</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>匯出(&amp;E)</translation>
    </message>
    <message>
        <source>Choose a list and a file.</source>
        <translation>請選擇清單和檔案。</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>期間的結束早於開始。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>已寫入 %n 列到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>as::Exporter</name>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>無法寫入匯出檔案：%1</translation>
    </message>
    <message>
        <source>The export has more rows than an XLSX sheet can hold (1,048,575); use --format csv or a shorter period.</source>
        <translation>匯出的列數超過 XLSX 工作表的上限（1,048,575）；請使用 --format csv 或縮短期間。</translation>
    </message>
    <message>
        <source>Cannot write row %1 of the XLSX export: %2</source>
        <translation>無法寫入 XLSX 匯出的第 %1 列：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>無法寫入 %1：資料夾 %2 不存在。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>無法在 %1 中寫入：%2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>無法寫入 %1。</translation>
    </message>
    <message>
        <source>Cannot replace %1 (is it open in another program?).</source>
        <translation>無法取代 %1（是否在其他程式中開啟？）。</translation>
    </message>
</context>
<context>
    <name>as::FollowUpListModel</name>
    <message>
        <source>Due</source>
        <translation>應回訪日</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>回訪類型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型號</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工單</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>維修技師</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>撥打次數</translation>
    </message>
    <message>
        <source>Call again at</source>
        <translation>再次撥打時間</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服專員</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月數</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) after acceptance</source>
        <translation>
            <numerusform>驗收後 %n 個月</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>as::FollowUpService</name>
    <message>
        <source>First follow-up: the number of working days must be between 0 and 60.</source>
        <translation>首次回訪：工作日數必須介於 0 到 60 之間。</translation>
    </message>
    <message>
        <source>Follow-ups after acceptance: months must be between 1 and 120 (got %1).</source>
        <translation>驗收後回訪：月數必須介於 1 到 120 之間（目前為 %1）。</translation>
    </message>
    <message>
        <source>Maintenance reminder: days before must be between 0 and 365.</source>
        <translation>保養提醒：提前天數必須介於 0 到 365 之間。</translation>
    </message>
    <message>
        <source>Maintenance interval must be between 0 and 120 months.</source>
        <translation>保養間隔必須介於 0 到 120 個月之間。</translation>
    </message>
    <message>
        <source>Retry delay must be between 1 minute and 30 days.</source>
        <translation>重撥間隔必須介於 1 分鐘到 30 天之間。</translation>
    </message>
    <message>
        <source>Attempts before giving up must be between 1 and 20.</source>
        <translation>最多撥打次數必須介於 1 到 20 之間。</translation>
    </message>
    <message>
        <source>Setting %1 is invalid: %2</source>
        <translation>設定 %1 無效：%2</translation>
    </message>
    <message>
        <source>Next maintenance date is not a valid date.</source>
        <translation>下次保養日期不是有效日期。</translation>
    </message>
    <message>
        <source>Product %1 does not exist.</source>
        <translation>產品 %1 不存在。</translation>
    </message>
    <message>
        <source>Maintenance date changed</source>
        <translation>保養日期已變更</translation>
    </message>
    <message>
        <source>Follow-up %1 does not exist.</source>
        <translation>回訪 %1 不存在。</translation>
    </message>
    <message>
        <source>This follow-up was changed by someone else (perhaps another agent called the customer). Reload to see it.</source>
        <translation>此回訪已被他人修改（可能另一位客服已聯繫客戶）。請重新載入查看。</translation>
    </message>
    <message>
        <source>Satisfaction must be from 1 to 5 (or empty when the customer gave no rating).</source>
        <translation>滿意度必須為 1 到 5（客戶未評分時留空）。</translation>
    </message>
    <message>
        <source>Satisfaction can only be recorded when the customer was reached.</source>
        <translation>只有接通客戶時才能記錄滿意度。</translation>
    </message>
    <message>
        <source>This follow-up is already %1.</source>
        <translation>此回訪已是「%1」狀態。</translation>
    </message>
    <message>
        <source>A reason is required to cancel a follow-up.</source>
        <translation>取消回訪必須填寫原因。</translation>
    </message>
</context>
<context>
    <name>as::FollowUpSettings</name>
    <message>
        <source> working days</source>
        <translation> 個工作日</translation>
    </message>
    <message>
        <source>e.g. 3, 6, 12 (empty: none)</source>
        <translation>例如 3, 6, 12（留空：不回訪）</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 個月</translation>
    </message>
    <message>
        <source>no reminders</source>
        <translation>不提醒</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>Save follow-up rules</source>
        <translation>儲存回訪規則</translation>
    </message>
    <message>
        <source>First call after completion within</source>
        <translation>完工後首次回訪期限</translation>
    </message>
    <message>
        <source>In warranty: calls after acceptance at (months)</source>
        <translation>保固內產品：驗收後回訪（月）</translation>
    </message>
    <message>
        <source>Maintenance reminder before the date</source>
        <translation>保養提醒提前</translation>
    </message>
    <message>
        <source>Next maintenance after a maintenance or installation order</source>
        <translation>保養或安裝工單後的下次保養間隔</translation>
    </message>
    <message>
        <source>Not reached: call again after</source>
        <translation>未接通時再次撥打間隔</translation>
    </message>
    <message>
        <source>Attempts before giving up</source>
        <translation>最多撥打次數</translation>
    </message>
    <message>
        <source>Changes apply to calls scheduled from now on; calls already scheduled or made are kept.</source>
        <translation>修改只影響今後安排的回訪；已安排或已完成的回訪維持不變。</translation>
    </message>
    <message>
        <source>Calls after acceptance: &quot;%1&quot; is not a number of months.</source>
        <translation>驗收後回訪：「%1」不是月數。</translation>
    </message>
    <message>
        <source>Follow-up rules saved.</source>
        <translation>回訪規則已儲存。</translation>
    </message>
</context>
<context>
    <name>as::FollowUpStatsView</name>
    <message>
        <source>&amp;Show</source>
        <translation>顯示(&amp;S)</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>維修技師</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>回訪率</translation>
    </message>
    <message>
        <source>In-warranty orders followed up</source>
        <translation>已回訪的保固內工單</translation>
    </message>
    <message>
        <source>Calls done</source>
        <translation>已完成回訪</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>已評分</translation>
    </message>
    <message>
        <source>Satisfied (4–5)</source>
        <translation>滿意（4–5 分）</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>平均評分</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服專員</translation>
    </message>
    <message>
        <source>Done by the due day</source>
        <translation>按期完成</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>從(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <source>Per technician: coverage = in-warranty orders completed in the period with a completed first follow-up / in-warranty orders completed in the period (target 100 %).</source>
        <translation>依技師：回訪率 = 期間內完工且已完成首次回訪的保固內工單 / 期間內完工的保固內工單（目標 100 %）。</translation>
    </message>
    <message>
        <source>Per agent: follow-ups completed in the period.</source>
        <translation>依客服專員：期間內完成的回訪。</translation>
    </message>
    <message>
        <source>Choose a &quot;from&quot; date on or before the &quot;to&quot; date.</source>
        <translation>開始日期不能晚於結束日期。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>as::FollowUpsPage</name>
    <message>
        <source>Follow-up calls</source>
        <translation>回訪</translation>
    </message>
    <message>
        <source>Search by customer name or phone</source>
        <translation>依客戶姓名或電話搜尋</translation>
    </message>
    <message>
        <source>To call now (due today and overdue)</source>
        <translation>現在回訪（今日到期及逾期）</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Upcoming (next 7 days)</source>
        <translation>即將到期（7 天內）</translation>
    </message>
    <message>
        <source>All calls to make</source>
        <translation>全部待回訪</translation>
    </message>
    <message>
        <source>Finished calls</source>
        <translation>已結束的回訪</translation>
    </message>
    <message>
        <source>Cancel this call…</source>
        <translation>取消此回訪…</translation>
    </message>
    <message>
        <source>Call queue</source>
        <translation>回訪佇列</translation>
    </message>
    <message>
        <source>Coverage and satisfaction</source>
        <translation>回訪率與滿意度</translation>
    </message>
    <message>
        <source>Showing the first %1 calls; scroll for more.</source>
        <translation>顯示前 %1 筆回訪；向下捲動查看更多。</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n 筆回訪</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel follow-up call</source>
        <translation>取消回訪</translation>
    </message>
    <message>
        <source>Reason (for example: customer asked not to be called):</source>
        <translation>原因（例如：客戶要求不再回訪）：</translation>
    </message>
</context>
<context>
    <name>as::HandoverReceipt</name>
    <message>
        <source>Hand-over %1 of service order %2 does not exist.</source>
        <translation>維修工單 %2 的交接紀錄 %1 不存在。</translation>
    </message>
    <message>
        <source>Hand-over receipt</source>
        <translation>交接單</translation>
    </message>
    <message>
        <source>Service order</source>
        <translation>維修工單</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>交出人</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>接收人</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型號</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Capacity / colour</source>
        <translation>容量 / 顏色</translation>
    </message>
    <message>
        <source>Visible damage</source>
        <translation>外觀損傷</translation>
    </message>
    <message>
        <source>none noted</source>
        <translation>未發現</translation>
    </message>
    <message>
        <source>Accessories</source>
        <translation>隨機配件</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Courier and tracking number</source>
        <translation>貨運公司及追蹤號碼</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Both sides confirm that the unit and the accessories listed above changed hands in the condition described.</source>
        <translation>雙方確認上述產品及配件已依所述狀況交接。</translation>
    </message>
    <message>
        <source>Signature, handed over by</source>
        <translation>交出人簽名</translation>
    </message>
    <message>
        <source>Signature, received by</source>
        <translation>接收人簽名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>as::HistoryView</name>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>變更內容</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
</context>
<context>
    <name>as::ImportRow</name>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>「%1」不是以下之一：%2</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>必須填寫</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write YYYY-MM-DD)</source>
        <translation>「%1」不是日期（請寫成 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (write YYYY-MM-DD HH:MM)</source>
        <translation>「%1」不是日期時間（請寫成 YYYY-MM-DD HH:MM）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan (write e.g. 125.50)</source>
        <translation>「%1」不是以元為單位的金額（例如 125.50）</translation>
    </message>
    <message>
        <source>the amount %1 is negative</source>
        <translation>金額 %1 為負數</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>「%1」不是整數</translation>
    </message>
    <message>
        <source>%1 is negative; it must be between %2 and %3</source>
        <translation>%1 為負數；必須介於 %2 到 %3 之間</translation>
    </message>
    <message>
        <source>%1 is out of range; it must be between %2 and %3</source>
        <translation>%1 超出範圍；必須介於 %2 到 %3 之間</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>「%1」不是數字</translation>
    </message>
</context>
<context>
    <name>as::ImportWizard</name>
    <message>
        <source>Match the columns</source>
        <translation>對應欄位</translation>
    </message>
    <message>
        <source>For each field, the column of your file that holds it. Columns are matched by their English or Chinese header; your choices are remembered for the next import.</source>
        <translation>為每個欄位選擇檔案中對應的欄。系統依英文或中文標題自動比對；您的選擇會儲存，供下次匯入使用。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>檔案中的欄</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— 不匯入 —</translation>
    </message>
    <message>
        <source>(column %1, no header)</source>
        <translation>（第 %1 欄，無標題）</translation>
    </message>
    <message>
        <source>Not imported (no matching field): %1</source>
        <translation>不匯入（無對應欄位）：%1</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>檢查</translation>
    </message>
    <message>
        <source>The first rows as they will be stored, and every problem found. Nothing is imported while there is a problem: correct the file and check again.</source>
        <translation>以下是前幾列將被儲存的樣子，以及發現的所有問題。只要還有問題就不會匯入：請修正檔案後再次檢查。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>停止檢查</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>重新檢查(&amp;A)</translation>
    </message>
    <message>
        <source>%1 rows checked, %2, no problems. Will import: %3.</source>
        <translation>已檢查 %1 列，%2，沒有問題。將匯入：%3。</translation>
    </message>
    <message>
        <source>%1 problem(s) in %2 rows. Nothing will be imported until they are corrected.</source>
        <translation>%2 列中有 %1 個問題。修正之前不會匯入任何內容。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>All rows are written in one step: if it is cancelled or fails, nothing is changed.</source>
        <translation>所有列一次寫入：如果取消或失敗，不會做任何變更。</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>取消匯入(&amp;C)</translation>
    </message>
    <message>
        <source>The file changed since it was checked: %1 problem(s); nothing was imported.</source>
        <translation>檔案在檢查後被修改：%1 個問題；未匯入任何內容。</translation>
    </message>
    <message>
        <source>Imported %1 rows: %2.</source>
        <translation>已匯入 %1 列：%2。</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>選擇檔案</translation>
    </message>
    <message>
        <source>A CSV file (UTF-8 or GBK, as Excel saves it) or an Excel workbook (.xlsx, first sheet). The first row must hold the column headers, in English or Chinese.</source>
        <translation>CSV 檔案（UTF-8 或 GBK，即 Excel 儲存的格式）或 Excel 活頁簿（.xlsx，第一個工作表）。第一列必須是欄位標題，英文或中文皆可。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;What the file holds</source>
        <translation>檔案內容(&amp;W)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Import file</source>
        <translation>匯入檔案</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>試算表 (*.csv *.xlsx *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>已有匯入正在進行。</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>正在檢查各列…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>正在寫入…</translation>
    </message>
    <message>
        <source>Updating the stored KPI figures…</source>
        <translation>正在更新已儲存的 KPI 數值…</translation>
    </message>
</context>
<context>
    <name>as::Importer</name>
    <message>
        <source>column %1</source>
        <translation>第 %1 欄</translation>
    </message>
    <message>
        <source>the first row must hold the column headers, but it is empty</source>
        <translation>第一列必須是欄位標題，但它是空的</translation>
    </message>
    <message>
        <source>the header &quot;%1&quot; appears twice (columns %2 and %3); rename or remove one</source>
        <translation>標題「%1」出現了兩次（第 %2 欄和第 %3 欄）；請重新命名或刪除其中一個</translation>
    </message>
    <message>
        <source>both &quot;%1&quot; (column %2) and &quot;%3&quot; (column %4) mean %5; remove one or choose one in the mapping</source>
        <translation>「%1」（第 %2 欄）和「%3」（第 %4 欄）都表示 %5；請刪除一個，或在對應設定中選擇一個</translation>
    </message>
    <message>
        <source>the required column &quot;%1&quot; (%2) is missing</source>
        <translation>缺少必要的欄位「%1」（%2）</translation>
    </message>
    <message>
        <source>is chosen for both &quot;%1&quot; and &quot;%2&quot;</source>
        <translation>同時被選為「%1」和「%2」</translation>
    </message>
    <message>
        <source>%1 is empty: the first row must hold the column headers.</source>
        <translation>%1 是空的：第一列必須是欄位標題。</translation>
    </message>
    <message>
        <source>the file is empty: the first row must hold the column headers</source>
        <translation>檔案是空的：第一列必須是欄位標題</translation>
    </message>
    <message>
        <source>this row has a value in column %1, which has no header (%2 cells, the header has %3)</source>
        <translation>該列在第 %1 欄有值，但該欄沒有標題（%2 個儲存格，標題只有 %3 個）</translation>
    </message>
    <message>
        <source>the cell is %1 characters long; at most %2 are allowed</source>
        <translation>儲存格長 %1 個字元；最多允許 %2 個</translation>
    </message>
    <message>
        <source>the cell holds a formula (%1); import takes values only</source>
        <translation>儲存格含有公式（%1）；匯入只接受值</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>匯入已取消；未做任何變更。</translation>
    </message>
    <message>
        <source>the file has a header row but no data rows</source>
        <translation>檔案只有標題列，沒有資料列</translation>
    </message>
</context>
<context>
    <name>as::IncidentLogConverter</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空的。</translation>
    </message>
    <message>
        <source>%1 is not an incident event log: a column such as number, opened_at, sys_updated_at, assigned_to or closed_at is missing.</source>
        <translation>%1 不是事件日誌：缺少 number、opened_at、sys_updated_at、assigned_to 或 closed_at 等欄位。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source> (reopened %n times)</source>
        <translation>
            <numerusform>（重新開啟 %n 次）</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>不明來電者</translation>
    </message>
</context>
<context>
    <name>as::IntegrityCheck</name>
    <message>
        <source>storage: %1</source>
        <translation>儲存：%1</translation>
    </message>
    <message>
        <source>foreign key: table %1 row %2 refers to a missing %3 row</source>
        <translation>外鍵：資料表 %1 第 %2 列參照了不存在的 %3 紀錄</translation>
    </message>
    <message>
        <source>search index: the customer search index does not match the customers (%1)</source>
        <translation>搜尋索引：客戶搜尋索引與客戶資料不一致（%1）</translation>
    </message>
    <message>
        <source>order %1 is closed but has no closing time</source>
        <translation>工單 %1 已結案但沒有結案時間</translation>
    </message>
    <message>
        <source>order %1 is cancelled without time or reason</source>
        <translation>工單 %1 已取消但沒有時間或原因</translation>
    </message>
    <message>
        <source>order %1 is completed but has no completion time</source>
        <translation>工單 %1 已完工但沒有完工時間</translation>
    </message>
    <message>
        <source>order %1 has no creation event</source>
        <translation>工單 %1 沒有建立紀錄</translation>
    </message>
    <message>
        <source>order %1 is a rework of a later order</source>
        <translation>工單 %1 是一張較晚工單的返修單</translation>
    </message>
    <message>
        <source>complaint %1 is closed but has no closing time</source>
        <translation>客訴 %1 已結案但沒有結案時間</translation>
    </message>
    <message>
        <source>complaint %1 is approved without an approved remedy</source>
        <translation>客訴 %1 已核准但沒有已核准的處理方案</translation>
    </message>
</context>
<context>
    <name>as::Kpi</name>
    <message>
        <source>Response within SLA</source>
        <translation>回應及時率</translation>
    </message>
    <message>
        <source>orders acknowledged within their deadline / orders opened</source>
        <translation>在期限內回應的工單 / 開單數</translation>
    </message>
    <message>
        <source>On-time completion</source>
        <translation>服務準時率</translation>
    </message>
    <message>
        <source>orders completed by their resolution deadline / orders whose deadline fell in the period or that completed in it</source>
        <translation>在修復期限前完工的工單 / 期限落在本期或本期完工的工單</translation>
    </message>
    <message>
        <source>First-time fix</source>
        <translation>一次修復率</translation>
    </message>
    <message>
        <source>accepted orders with no rework within 30 days / accepted orders</source>
        <translation>30 天內無返修的已驗收工單 / 已驗收工單</translation>
    </message>
    <message>
        <source>Repeat repair</source>
        <translation>返修率</translation>
    </message>
    <message>
        <source>rework orders / accepted orders</source>
        <translation>返修工單 / 已驗收工單</translation>
    </message>
    <message>
        <source>Complaint rate</source>
        <translation>客訴率</translation>
    </message>
    <message>
        <source>complaints with responsibility = service / orders completed</source>
        <translation>責任歸屬為服務的客訴 / 完工工單</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <source>follow-ups rated 4 or 5 / follow-ups with a rating</source>
        <translation>評分 4 或 5 的回訪 / 有評分的回訪</translation>
    </message>
    <message>
        <source>Follow-up coverage</source>
        <translation>回訪率</translation>
    </message>
    <message>
        <source>in-warranty completed orders with a completed first follow-up / in-warranty completed orders</source>
        <translation>已完成首次回訪的保固內完工工單 / 保固內完工工單</translation>
    </message>
    <message>
        <source>Parts fill rate</source>
        <translation>零件滿足率</translation>
    </message>
    <message>
        <source>part lines issued from stock when requested / part lines requested</source>
        <translation>需求時即從庫存發出的零件行 / 需求零件行</translation>
    </message>
    <message>
        <source>Inventory turnover</source>
        <translation>庫存週轉率</translation>
    </message>
    <message>
        <source>cost of parts issued / average stock value (start+end)/2</source>
        <translation>出庫零件成本 / 平均庫存金額（期初+期末）/2</translation>
    </message>
    <message>
        <source>Mean time to resolve</source>
        <translation>平均修復時長</translation>
    </message>
    <message>
        <source>mean working hours from opened to completed</source>
        <translation>從開單到完工的平均工作小時數</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>積壓工單</translation>
    </message>
    <message>
        <source>open orders at period end, by age bucket</source>
        <translation>期末未完工工單，依工單時長分組</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小時</translation>
    </message>
</context>
<context>
    <name>as::KpiDrillDown</name>
    <message>
        <source>Order</source>
        <translation>工單</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>開單時間</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>維修技師</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型號</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Acknowledge by</source>
        <translation>受理期限</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完工</translation>
    </message>
    <message>
        <source>Resolve by</source>
        <translation>修復期限</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已驗收</translation>
    </message>
    <message>
        <source>Rework of</source>
        <translation>返修原單</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>客訴</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>客訴時間</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>責任歸屬</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>賠償</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>零件</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>成本單價</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>計入</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>未達成</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>Backlog at the end of %1, open %2 to %3 days</source>
        <translation>%1 期末積壓工單，已開 %2 至 %3 天</translation>
    </message>
    <message>
        <source>Orders opened %1</source>
        <translation>%1 開單的工單</translation>
    </message>
    <message>
        <source>Orders completed %1</source>
        <translation>%1 完工的工單</translation>
    </message>
    <message>
        <source>Repair orders for %1, %2</source>
        <translation>%1 的維修工單，%2</translation>
    </message>
    <message>
        <source>(no product)</source>
        <translation>（無產品）</translation>
    </message>
    <message>
        <source>Orders due or completed in %1 by the technician</source>
        <translation>該技師在 %1 到期或完工的工單</translation>
    </message>
    <message>
        <source>Complaints %1: %2</source>
        <translation>客訴 %1：%2</translation>
    </message>
    <message>
        <source>Parts issued %1: %2</source>
        <translation>零件出庫 %1：%2</translation>
    </message>
</context>
<context>
    <name>as::KpiService</name>
    <message>
        <source>The setting %1 is &quot;%2&quot;; a target is a fraction between 0 and 1 (0.98 for 98 %).</source>
        <translation>設定 %1 為「%2」；目標值應為 0 到 1 之間的小數（98 % 寫作 0.98）。</translation>
    </message>
    <message>
        <source>%1 has no target.</source>
        <translation>%1 沒有目標值。</translation>
    </message>
    <message>
        <source>The target of %1 must be between 0 % and 100 %.</source>
        <translation>%1 的目標值必須介於 0 % 到 100 % 之間。</translation>
    </message>
    <message>
        <source>%1 is not a rate.</source>
        <translation>%1 不是比率。</translation>
    </message>
    <message numerus="yes">
        <source>over %n day(s)</source>
        <translation>
            <numerusform>超過 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 天</translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>（未派工）</translation>
    </message>
    <message>
        <source>(no product)</source>
        <translation>（無產品）</translation>
    </message>
    <message>
        <source>Complaints cannot be grouped by &quot;%1&quot;.</source>
        <translation>客訴不能依「%1」分組。</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未設定）</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>（無類別）</translation>
    </message>
    <message>
        <source>KPI figures cached for %1 – %2 differ from the data; deleted, they are recomputed when next shown.</source>
        <translation>%1 – %2 快取的 KPI 數值與資料不符，已刪除，下次顯示時重新計算。</translation>
    </message>
</context>
<context>
    <name>as::KpiTargetsSettings</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Save targets</source>
        <translation>儲存目標值</translation>
    </message>
    <message>
        <source>KPI targets saved.</source>
        <translation>KPI 目標值已儲存。</translation>
    </message>
</context>
<context>
    <name>as::KpiTile</name>
    <message>
        <source>Click to see the records behind the number.</source>
        <translation>點擊查看該數字對應的紀錄。</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未紀錄</translation>
    </message>
    <message>
        <source>Target: %1 %2</source>
        <translation>目標：%1 %2</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>無目標值</translation>
    </message>
    <message>
        <source>%1 pt vs %2</source>
        <translation>%1 個百分點（較 %2）</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1（較 %2）</translation>
    </message>
    <message>
        <source>no value for %1</source>
        <translation>%1 無資料</translation>
    </message>
    <message>
        <source>open orders at the period end</source>
        <translation>期末未完工工單</translation>
    </message>
    <message>
        <source>%1 / %2 yuan</source>
        <translation>%1 / %2 元</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) resolved</source>
        <translation>
            <numerusform>已修復 %n 張工單</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>as::LinkOrdersDialog</name>
    <message>
        <source>Link orders to complaint %1</source>
        <translation>為客訴 %1 關聯工單</translation>
    </message>
    <message>
        <source>Orders of %1 not linked yet (Space ticks, Enter links):</source>
        <translation>%1 尚未關聯的工單（空白鍵勾選，Enter 關聯）：</translation>
    </message>
    <message>
        <source>%1 has no other orders to link.</source>
        <translation>%1 沒有其他可關聯的工單。</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>關聯(&amp;L)</translation>
    </message>
    <message>
        <source>%1 Close this dialog; the complaint window shows the current version.</source>
        <translation>%1 請關閉此對話框，客訴視窗會顯示最新版本。</translation>
    </message>
</context>
<context>
    <name>as::LocaleSettings</name>
    <message>
        <source>System language</source>
        <translation>系統語言</translation>
    </message>
    <message>
        <source>Setting %1: &quot;%2&quot; is not a language; use one of: %3.</source>
        <translation>設定 %1：「%2」不是可用的語言；請使用以下之一：%3。</translation>
    </message>
    <message>
        <source>Setting %1: &quot;%2&quot; is not a known time zone (write an IANA name such as Asia/Shanghai or Asia/Taipei).</source>
        <translation>設定 %1：「%2」不是已知的時區（請寫 IANA 名稱，例如 Asia/Shanghai 或 Asia/Taipei）。</translation>
    </message>
</context>
<context>
    <name>as::LoginDialog</name>
    <message>
        <source>Log in to Aftersales</source>
        <translation>登入 Aftersales</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>使用者(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密碼(&amp;P)</translation>
    </message>
</context>
<context>
    <name>as::MainWindow</name>
    <message>
        <source>Aftersales</source>
        <translation>Aftersales</translation>
    </message>
    <message>
        <source>Database: %1 (%2)</source>
        <translation>資料庫：%1（%2）</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>使用者：%1（%2）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>開啟資料庫(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>匯出(&amp;E)…</translation>
    </message>
    <message>
        <source>Print work orders for a &amp;day…</source>
        <translation>列印某天的工單(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>使用者(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即備份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>從備份還原(&amp;R)…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>變更我的密碼(&amp;P)…</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>密碼已變更。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Aftersales</source>
        <translation>關於 Aftersales(&amp;A)</translation>
    </message>
    <message>
        <source>About Aftersales</source>
        <translation>關於 Aftersales</translation>
    </message>
    <message>
        <source>&lt;b&gt;Aftersales&lt;/b&gt; %1&lt;br&gt;After-sales service management: service orders, parts, complaints and follow-ups.</source>
        <translation>&lt;b&gt;Aftersales&lt;/b&gt; %1&lt;br&gt;售後服務管理：維修工單、零件、客訴和回訪。</translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation>開啟或新建資料庫</translation>
    </message>
    <message>
        <source>Aftersales database (*.db);;All files (*)</source>
        <translation>Aftersales 資料庫 (*.db);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Shared folder?</source>
        <translation>共用資料夾？</translation>
    </message>
    <message>
        <source>Is %1 in a folder shared with other PCs?</source>
        <translation>%1 是否位於與其他電腦共用的資料夾中？</translation>
    </message>
    <message>
        <source>Database changed</source>
        <translation>資料庫已變更</translation>
    </message>
    <message>
        <source>Aftersales will use %1 from the next start. Please restart the program.</source>
        <translation>Aftersales 下次啟動時將使用 %1。請重新啟動程式。</translation>
    </message>
    <message>
        <source>KPI targets</source>
        <translation>KPI 目標值</translation>
    </message>
    <message>
        <source>Connect to a &amp;PostgreSQL server…</source>
        <translation>連線 PostgreSQL 伺服器(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>as::Migrator</name>
    <message>
        <source>Migration %1 is missing from the program.</source>
        <translation>程式中缺少移轉 %1。</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 (%2) failed: %3</source>
        <translation>將資料庫升級到結構版本 %1（%2）失敗：%3</translation>
    </message>
</context>
<context>
    <name>as::MovementDialog</name>
    <message>
        <source>Receive parts</source>
        <translation>零件入庫</translation>
    </message>
    <message>
        <source>Issue parts to a service order</source>
        <translation>工單領用零件</translation>
    </message>
    <message>
        <source>Return unused parts from a service order</source>
        <translation>工單退回未用零件</translation>
    </message>
    <message>
        <source>Sell parts</source>
        <translation>銷售零件</translation>
    </message>
    <message>
        <source>Transfer parts between locations</source>
        <translation>庫位間調撥零件</translation>
    </message>
    <message>
        <source>Scrap / defective parts</source>
        <translation>報廢 / 不良零件</translation>
    </message>
    <message>
        <source>Scan or type the part code</source>
        <translation>掃描或輸入零件編號</translation>
    </message>
    <message>
        <source>Written off (not kept)</source>
        <translation>沖銷（不保留）</translation>
    </message>
    <message>
        <source>Service order number</source>
        <translation>維修工單號碼</translation>
    </message>
    <message>
        <source>Allow the stock to go below zero (manager)</source>
        <translation>允許庫存為負（經理）</translation>
    </message>
    <message>
        <source>&amp;Part *</source>
        <translation>零件(&amp;P) *</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>從(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>庫位(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Keep in</source>
        <translation>存放於(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Accepted quantity</source>
        <translation>合格數量(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>數量(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Rejected at inspection</source>
        <translation>檢驗不合格(&amp;R)</translation>
    </message>
    <message>
        <source>Service &amp;order *</source>
        <translation>維修工單(&amp;O) *</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>備註(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>過帳(&amp;P)</translation>
    </message>
    <message>
        <source>Unknown part code.</source>
        <translation>不明的零件編號。</translation>
    </message>
    <message>
        <source>%1 — %2 %3 on hand here</source>
        <translation>%1 — 此處現有 %2 %3</translation>
    </message>
    <message>
        <source>Enter the service order the parts are for.</source>
        <translation>請輸入零件所屬的維修工單。</translation>
    </message>
</context>
<context>
    <name>as::MovementsExport</name>
    <message>
        <source>Stock movements</source>
        <translation>庫存異動</translation>
    </message>
</context>
<context>
    <name>as::MovementsImport</name>
    <message>
        <source>no location given and no warehouse exists</source>
        <translation>未指定庫位，且沒有任何倉庫</translation>
    </message>
    <message>
        <source>unknown location &quot;%1&quot;</source>
        <translation>不明庫位「%1」</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: receipt, issue, return, scrap, transfer, sale, adjustment, opening</source>
        <translation>「%1」不是以下之一：receipt、issue、return、scrap、transfer、sale、adjustment、opening</translation>
    </message>
    <message>
        <source>unknown part code %1</source>
        <translation>不明零件編號 %1</translation>
    </message>
    <message>
        <source>an adjustment of zero changes nothing</source>
        <translation>調整量為零，沒有任何變化</translation>
    </message>
    <message>
        <source>a transfer needs the destination location</source>
        <translation>調撥需要目的庫位</translation>
    </message>
    <message>
        <source>the destination is the same location</source>
        <translation>目的庫位與來源相同</translation>
    </message>
    <message>
        <source>only transfers and scrap have a destination</source>
        <translation>只有調撥和報廢才有目的庫位</translation>
    </message>
    <message>
        <source>only %1 of %2 left at %3 on %4</source>
        <translation>%4 時 %3 處的 %2 僅剩 %1</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>匯入已取消。</translation>
    </message>
    <message>
        <source>stock movements</source>
        <translation>庫存異動</translation>
    </message>
    <message>
        <source>Stock movements</source>
        <translation>庫存異動</translation>
    </message>
</context>
<context>
    <name>as::NewComplaintDialog</name>
    <message>
        <source>New complaint</source>
        <translation>新增客訴</translation>
    </message>
    <message>
        <source>Empty: the customer&apos;s phone</source>
        <translation>留空：使用客戶電話</translation>
    </message>
    <message>
        <source>What the customer complains about, in their words</source>
        <translation>客戶客訴的問題（客戶原話）</translation>
    </message>
    <message>
        <source>What the customer expects (apology, repair, replacement, refund…)</source>
        <translation>客戶訴求（道歉、維修、換貨、退款…）</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>客戶(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>產品(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Orders concerned</source>
        <translation>涉及工單(&amp;O)</translation>
    </message>
    <message>
        <source>Contact p&amp;hone</source>
        <translation>聯絡電話(&amp;H)</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>類別(&amp;A)</translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation>嚴重程度(&amp;V)</translation>
    </message>
    <message>
        <source>C&amp;ontent</source>
        <translation>客訴內容(&amp;O)</translation>
    </message>
    <message>
        <source>Customer &amp;expects</source>
        <translation>客戶訴求(&amp;E)</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>(no registered product)</source>
        <translation>（無登錄產品）</translation>
    </message>
</context>
<context>
    <name>as::NewOrderDialog</name>
    <message>
        <source>New service order</source>
        <translation>新增維修工單</translation>
    </message>
    <message>
        <source>New customer… (F2)</source>
        <translation>新增客戶…（F2）</translation>
    </message>
    <message>
        <source>Register product… (F3)</source>
        <translation>登錄產品…（F3）</translation>
    </message>
    <message>
        <source>What the customer reports, in their words</source>
        <translation>依客戶原話記錄故障現象</translation>
    </message>
    <message>
        <source>The answer given; the consultation is closed when saved</source>
        <translation>提供的答覆；儲存後諮詢即結案</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>客戶(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>產品(&amp;P)</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>保固</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>類別(&amp;A)</translation>
    </message>
    <message>
        <source>Channel, mode, complexity, priority</source>
        <translation>管道、服務方式、複雜度、優先順序</translation>
    </message>
    <message>
        <source>&amp;Symptom</source>
        <translation>故障現象(&amp;S)</translation>
    </message>
    <message>
        <source>A&amp;nswer</source>
        <translation>答覆(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;. Press F2 to create one.</source>
        <translation>沒有客戶符合「%1」。按 F2 新增。</translation>
    </message>
    <message>
        <source>(no registered product)</source>
        <translation>（無登錄產品）</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1（至 %2）</translation>
    </message>
    <message>
        <source>%1 (%2, opened %3)</source>
        <translation>%1（%2，%3 開單）</translation>
    </message>
    <message>
        <source>Open orders for this serial number: %1</source>
        <translation>此序號的未結工單：%1</translation>
    </message>
    <message>
        <source>Choose the customer first, then register the product.</source>
        <translation>請先選擇客戶，再登錄產品。</translation>
    </message>
</context>
<context>
    <name>as::OrderAttachmentsTab</name>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增時間</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Add &amp;signed form scan…</source>
        <translation>新增簽名單掃描檔(&amp;S)…</translation>
    </message>
    <message>
        <source>Add &amp;photo…</source>
        <translation>新增照片(&amp;P)…</translation>
    </message>
    <message>
        <source>Add other &amp;file…</source>
        <translation>新增其他檔案(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>移除(&amp;R)…</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <source>Images and PDF (*.png *.jpg *.jpeg *.pdf *.tif *.tiff)</source>
        <translation>圖片和 PDF (*.png *.jpg *.jpeg *.pdf *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>新增附件</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>移除附件</translation>
    </message>
    <message>
        <source>Reason (the file is kept in the archive):</source>
        <translation>原因（檔案將保留在封存中）：</translation>
    </message>
</context>
<context>
    <name>as::OrderChargesTab</name>
    <message>
        <source>Fault caused by &amp;misuse (charged although in warranty)</source>
        <translation>人為損壞(&amp;M)（雖在保固期內仍收費）</translation>
    </message>
    <message>
        <source>From the rate table</source>
        <translation>依收費標準</translation>
    </message>
    <message>
        <source>Save &amp;quote</source>
        <translation>儲存報價(&amp;Q)</translation>
    </message>
    <message>
        <source>Who agreed (name)</source>
        <translation>同意人（姓名）</translation>
    </message>
    <message>
        <source>Customer &amp;agrees to the quote</source>
        <translation>客戶同意報價(&amp;A)</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>保固</translation>
    </message>
    <message>
        <source>&amp;Labour</source>
        <translation>工資(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Travel</source>
        <translation>出車費(&amp;T)</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>零件</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>客戶同意</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>收據號碼</translation>
    </message>
    <message>
        <source>In warranty: free unless the fault is misuse; parts free.</source>
        <translation>保固期內：除人為損壞外免費，零件免費。</translation>
    </message>
    <message>
        <source>%1: labour by the rate table, parts at cost plus mark-up, travel.</source>
        <translation>%1：工資依收費標準，零件依成本價加成，另收出車費。</translation>
    </message>
    <message>
        <source>Agreed by %1 at %2</source>
        <translation>%1 於 %2 同意</translation>
    </message>
    <message>
        <source>Not yet agreed</source>
        <translation>尚未同意</translation>
    </message>
    <message>
        <source>(given when the order is closed)</source>
        <translation>（工單結案時填寫）</translation>
    </message>
    <message>
        <source>Quote saved. The customer&apos;s agreement is needed before work starts.</source>
        <translation>報價已儲存。開始維修前需客戶同意。</translation>
    </message>
</context>
<context>
    <name>as::OrderDepotTab</name>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>交出人</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>接收人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>紀錄人</translation>
    </message>
    <message>
        <source>Record a &amp;hand-over…</source>
        <translation>紀錄交接(&amp;H)…</translation>
    </message>
    <message>
        <source>Print &amp;receipt…</source>
        <translation>列印交接單(&amp;R)…</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>交接</translation>
    </message>
    <message>
        <source>Handed over by:</source>
        <translation>交出人：</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>維修工作站</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>接收人：</translation>
    </message>
    <message>
        <source>Select the hand-over to print.</source>
        <translation>請選擇要列印的交接紀錄。</translation>
    </message>
    <message>
        <source>Hand-overs</source>
        <translation>交接紀錄</translation>
    </message>
    <message>
        <source>the customer, unless someone else brings it</source>
        <translation>預設為客戶本人</translation>
    </message>
    <message>
        <source>Register &amp;receipt</source>
        <translation>登記收件(&amp;R)</translation>
    </message>
    <message>
        <source>Receiving register</source>
        <translation>收件登記</translation>
    </message>
    <message>
        <source>Model *</source>
        <translation>型號 *</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>顏色</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Visible damage</source>
        <translation>外觀損傷</translation>
    </message>
    <message>
        <source>Accessories</source>
        <translation>隨機配件</translation>
    </message>
    <message>
        <source>Brought by</source>
        <translation>送修人</translation>
    </message>
    <message>
        <source>Confirm charges as &amp;technician</source>
        <translation>維修技師確認費用(&amp;T)</translation>
    </message>
    <message>
        <source>Confirm charges as &amp;QC</source>
        <translation>品管確認費用(&amp;Q)</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小時</translation>
    </message>
    <message>
        <source>Record &amp;QC test</source>
        <translation>紀錄品管檢測(&amp;Q)</translation>
    </message>
    <message>
        <source>Charge confirmation and QC test</source>
        <translation>費用確認與品管檢測</translation>
    </message>
    <message>
        <source>Tester</source>
        <translation>檢測人</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Burn-in</source>
        <translation>燒機測試</translation>
    </message>
    <message>
        <source>&amp;Ship back</source>
        <translation>寄回(&amp;S)</translation>
    </message>
    <message>
        <source>Shipping back</source>
        <translation>寄回</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>包裝</translation>
    </message>
    <message>
        <source>Courier *</source>
        <translation>貨運公司 *</translation>
    </message>
    <message>
        <source>Tracking number *</source>
        <translation>追蹤號碼 *</translation>
    </message>
    <message>
        <source>received %1 by %2</source>
        <translation>%1 由 %2 收件</translation>
    </message>
    <message>
        <source>Technician confirmed the charges: %1, %2</source>
        <translation>維修技師已確認費用：%1，%2</translation>
    </message>
    <message>
        <source>Technician has not confirmed the charges yet.</source>
        <translation>維修技師尚未確認費用。</translation>
    </message>
    <message>
        <source>QC confirmed the charges: %1, %2</source>
        <translation>品管已確認費用：%1，%2</translation>
    </message>
    <message>
        <source>QC has not confirmed the charges yet. Parts can be issued after both confirmations.</source>
        <translation>品管尚未確認費用。雙方確認後才能領用零件。</translation>
    </message>
    <message>
        <source>QC test: %1 by %2, burn-in %3 h, %4</source>
        <translation>品管檢測：%1，檢測人 %2，燒機 %3 小時，%4</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Shipped back %1: %2 %3</source>
        <translation>%1 已寄回：%2 %3</translation>
    </message>
    <message>
        <source>Register the unit first.</source>
        <translation>請先登記收件。</translation>
    </message>
</context>
<context>
    <name>as::OrderExpensesTab</name>
    <message>
        <source>Travel</source>
        <translation>車馬費</translation>
    </message>
    <message>
        <source>Toll</source>
        <translation>過路費</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>停車費</translation>
    </message>
    <message>
        <source>Lodging</source>
        <translation>住宿費</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>申請人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>e.g. taxi to the customer and back</source>
        <translation>例如：往返客戶處的計程車費</translation>
    </message>
    <message>
        <source>Add &amp;expense</source>
        <translation>新增費用(&amp;E)</translation>
    </message>
    <message>
        <source>Claimed in total: %1</source>
        <translation>申請合計：%1</translation>
    </message>
</context>
<context>
    <name>as::OrderListModel</name>
    <message>
        <source>Order</source>
        <translation>工單</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>開單時間</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型號</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>維修技師</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>保固</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>預約</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩餘時間</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>故障現象</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>已逾時 %1</translation>
    </message>
</context>
<context>
    <name>as::OrderPartsTab</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>零件</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>異動類型</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>成本單價</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>庫位</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>回訪</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>應回訪日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>&amp;Issue parts…</source>
        <translation>領用零件(&amp;I)…</translation>
    </message>
    <message>
        <source>Re&amp;turn unused parts…</source>
        <translation>退回未用零件(&amp;T)…</translation>
    </message>
    <message>
        <source>Parts used (from the parts ledger)</source>
        <translation>已用零件（來自零件帳）</translation>
    </message>
    <message>
        <source>Follow-up calls for this order</source>
        <translation>本工單的回訪</translation>
    </message>
    <message>
        <source>Parts at cost: %1; charged to the customer: %2</source>
        <translation>零件成本：%1；向客戶收取：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) after acceptance</source>
        <translation>
            <numerusform>驗收後 %n 個月</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>as::OrderService</name>
    <message>
        <source>Technician is required to dispatch an order.</source>
        <translation>派工必須指定技師。</translation>
    </message>
    <message>
        <source>%1 is not an active technician.</source>
        <translation>%1 不是在職技師。</translation>
    </message>
    <message>
        <source>Service order %1 is %2; it can no longer be reassigned.</source>
        <translation>維修工單 %1 狀態為%2；不能再改派。</translation>
    </message>
    <message>
        <source>Service order %1 is %2; an appointment cannot be set now.</source>
        <translation>維修工單 %1 狀態為%2；現在不能設定預約。</translation>
    </message>
    <message>
        <source>Appointment start and end are required.</source>
        <translation>必須填寫預約的開始和結束時間。</translation>
    </message>
    <message>
        <source>Appointment end must be after its start.</source>
        <translation>預約結束時間必須晚於開始時間。</translation>
    </message>
    <message>
        <source>A reason is required to reschedule an appointment.</source>
        <translation>改約需要填寫原因。</translation>
    </message>
    <message>
        <source>Service order %1 was changed by someone else after you opened it. Reload to see their change.</source>
        <translation>您開啟維修工單 %1 之後，他人修改了它。請重新載入以檢視其變更。</translation>
    </message>
    <message>
        <source>Service order %1 is assigned to another technician; only the assigned technician or the front desk may change it.</source>
        <translation>維修工單 %1 已派給其他技師；只有被派的技師或櫃台客服可以修改。</translation>
    </message>
    <message>
        <source>Appointment start and end are required to schedule the visit.</source>
        <translation>安排到府必須填寫預約的開始和結束時間。</translation>
    </message>
    <message>
        <source>Work done is required to complete an order.</source>
        <translation>完工必須填寫維修內容。</translation>
    </message>
    <message>
        <source>Accepted by is required: the name of the person who signed the work order.</source>
        <translation>必須填寫驗收人：即在工單上簽名的人。</translation>
    </message>
    <message>
        <source>Acceptance time is before the order was completed.</source>
        <translation>驗收時間早於完工時間。</translation>
    </message>
    <message>
        <source>Acceptance time is in the future.</source>
        <translation>驗收時間在未來。</translation>
    </message>
    <message>
        <source>Receipt number is required to close an order with charges.</source>
        <translation>結案有收費的工單必須填寫收據號碼。</translation>
    </message>
    <message>
        <source>A reason is required to cancel an order.</source>
        <translation>取消工單需要填寫原因。</translation>
    </message>
    <message>
        <source>Service order %1 cannot go from %2 to %3.</source>
        <translation>維修工單 %1 不能從%2變為%3。</translation>
    </message>
    <message>
        <source>Symptom is required.</source>
        <translation>必須填寫故障現象。</translation>
    </message>
    <message>
        <source>Rework can only follow an accepted or closed order; %1 is %2.</source>
        <translation>返修只能針對已驗收或已結案的工單；%1 狀態為%2。</translation>
    </message>
    <message>
        <source>Rework of %1</source>
        <translation>%1 的返修</translation>
    </message>
    <message>
        <source>Rework order opened</source>
        <translation>已開返修單</translation>
    </message>
    <message>
        <source>Customer is required: pick an existing customer or create one.</source>
        <translation>必須選擇客戶：請選既有客戶或新增一位。</translation>
    </message>
    <message>
        <source>Question is required: write what the customer asked.</source>
        <translation>必須填寫問題：請寫下客戶所問內容。</translation>
    </message>
    <message>
        <source>Symptom is required: write what the customer reports.</source>
        <translation>必須填寫故障現象：請寫下客戶反映的情況。</translation>
    </message>
    <message>
        <source>Symptom is too long (at most 2000 characters).</source>
        <translation>故障現象太長（最多 2000 個字元）。</translation>
    </message>
    <message>
        <source>Only a consultation can be answered and closed on the spot.</source>
        <translation>只有技術諮詢可以當場答覆並結案。</translation>
    </message>
    <message>
        <source>Contact phone &quot;%1&quot; is not a valid phone number.</source>
        <translation>聯絡電話「%1」不是有效的電話號碼。</translation>
    </message>
    <message>
        <source>Opening time is in the future.</source>
        <translation>開單時間在未來。</translation>
    </message>
    <message>
        <source>Customer %1 is archived; restore the customer before opening an order.</source>
        <translation>客戶 %1 已封存；開單前請先還原該客戶。</translation>
    </message>
    <message>
        <source>Product %1 is registered to another customer.</source>
        <translation>產品 %1 登錄在另一位客戶名下。</translation>
    </message>
    <message>
        <source>Service order %1 does not exist.</source>
        <translation>維修工單 %1 不存在。</translation>
    </message>
    <message>
        <source>There is no service order %1.</source>
        <translation>沒有維修工單 %1。</translation>
    </message>
    <message>
        <source>Setting pricing.labour_rates: &quot;%1&quot; must be a whole number of fen.</source>
        <translation>設定 pricing.labour_rates：「%1」必須是以分為單位的整數。</translation>
    </message>
    <message>
        <source>Labour cannot be negative.</source>
        <translation>工資不能為負數。</translation>
    </message>
    <message>
        <source>Travel cannot be negative.</source>
        <translation>出車費不能為負數。</translation>
    </message>
    <message>
        <source>Amount is too large.</source>
        <translation>金額過大。</translation>
    </message>
    <message>
        <source>Service order %1 is %2; its charges can no longer change.</source>
        <translation>工單 %1 狀態為%2，費用不能再變更。</translation>
    </message>
    <message>
        <source>Order %1 is in warranty: the repair is free unless the fault is misuse.</source>
        <translation>工單 %1 在保固期內：除人為損壞外維修免費。</translation>
    </message>
    <message>
        <source>Labour %1, travel %2</source>
        <translation>工資 %1，出車費 %2</translation>
    </message>
    <message>
        <source>Write who agreed to the quote.</source>
        <translation>請填寫同意報價的人。</translation>
    </message>
    <message>
        <source>Expense kind &quot;%1&quot; is not one of travel, toll, parking, lodging, other.</source>
        <translation>費用類別「%1」不是交通、過路、停車、住宿、其他之一。</translation>
    </message>
    <message>
        <source>Expense amount must be more than zero.</source>
        <translation>費用金額必須大於零。</translation>
    </message>
    <message>
        <source>Expense amount is too large.</source>
        <translation>費用金額過大。</translation>
    </message>
    <message>
        <source>Service order %1 is cancelled; no expenses can be claimed on it.</source>
        <translation>工單 %1 已取消，不能申請費用。</translation>
    </message>
    <message>
        <source>The customer has not agreed to the quote of %1 yet: record the consent before work starts.</source>
        <translation>客戶尚未同意 %1 的報價：開始維修前請登錄客戶同意。</translation>
    </message>
</context>
<context>
    <name>as::OrderStepDialog</name>
    <message>
        <source>Dispatch…</source>
        <translation>派工…</translation>
    </message>
    <message>
        <source>Book the visit…</source>
        <translation>預約到府…</translation>
    </message>
    <message>
        <source>Resume work</source>
        <translation>繼續維修</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>開始維修</translation>
    </message>
    <message>
        <source>Waiting for parts…</source>
        <translation>待料…</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>完工…</translation>
    </message>
    <message>
        <source>Record acceptance…</source>
        <translation>登錄驗收…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>結案…</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>取消工單…</translation>
    </message>
    <message>
        <source>Dispatch %1</source>
        <translation>派工 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n open order(s))</source>
        <translation>
            <numerusform>%1（%n 張未結工單）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Technician</source>
        <translation>技師(&amp;T)</translation>
    </message>
    <message>
        <source>Reschedule %1</source>
        <translation>改約 %1</translation>
    </message>
    <message>
        <source>Book the visit for %1</source>
        <translation>為 %1 預約到府</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小時</translation>
    </message>
    <message>
        <source>Visit &amp;from</source>
        <translation>到府時間(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>時段(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>Rescheduled %n time(s) so far.</source>
        <translation>
            <numerusform>目前已改約 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>&amp;Work done</source>
        <translation>維修內容(&amp;W)</translation>
    </message>
    <message>
        <source>Accepted &amp;by (signed the form)</source>
        <translation>驗收人（在工單上簽名者）(&amp;B)</translation>
    </message>
    <message>
        <source>Accepted &amp;at</source>
        <translation>驗收時間(&amp;A)</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>&amp;Receipt number</source>
        <translation>收據號碼(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>備註(&amp;N)</translation>
    </message>
    <message>
        <source>Close this window and look at the order again.</source>
        <translation>請關閉此視窗，重新檢視該工單。</translation>
    </message>
</context>
<context>
    <name>as::OrderWindow</name>
    <message>
        <source>&amp;Save changes</source>
        <translation>儲存變更(&amp;S)</translation>
    </message>
    <message>
        <source>Customer and product</source>
        <translation>客戶與產品</translation>
    </message>
    <message>
        <source>S&amp;ymptom</source>
        <translation>故障現象(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Diagnosis</source>
        <translation>故障診斷(&amp;D)</translation>
    </message>
    <message>
        <source>Repair &amp;plan</source>
        <translation>維修方案(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Work done</source>
        <translation>維修內容(&amp;W)</translation>
    </message>
    <message>
        <source>P&amp;riority</source>
        <translation>優先順序(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Work</source>
        <translation>維修(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>進度(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>歷史紀錄(&amp;H)</translation>
    </message>
    <message>
        <source>Close window</source>
        <translation>關閉視窗</translation>
    </message>
    <message>
        <source>Service order %1</source>
        <translation>維修工單 %1</translation>
    </message>
    <message>
        <source>Opened %1 via %2</source>
        <translation>%1 經%2開單</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;Overdue&lt;/b&gt; by %1 (due %2)&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;已逾時&lt;/b&gt; %1（期限 %2）&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Resolve by %1 (%2 left)</source>
        <translation>須在 %1 前解決（剩餘 %2）</translation>
    </message>
    <message>
        <source>Visit %1–%2</source>
        <translation>到府 %1–%2</translation>
    </message>
    <message numerus="yes">
        <source>(rescheduled %n time(s))</source>
        <translation>
            <numerusform>（已改約 %n 次）</numerusform>
        </translation>
    </message>
    <message>
        <source>Technician: %1</source>
        <translation>技師：%1</translation>
    </message>
    <message>
        <source>Accepted by %1 at %2</source>
        <translation>%1 於 %2 驗收</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>已取消：%1</translation>
    </message>
    <message>
        <source>Rework of %1</source>
        <translation>%1 的返修</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Serial %2&lt;br&gt;Purchased %3, %4 months warranty</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;序號 %2&lt;br&gt;購買於 %3，保固 %4 個月</translation>
    </message>
    <message>
        <source>No registered product.</source>
        <translation>沒有登錄產品。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>開單時間</translation>
    </message>
    <message>
        <source>Technician assigned</source>
        <translation>已派技師</translation>
    </message>
    <message>
        <source>Visit rescheduled</source>
        <translation>到府已改約</translation>
    </message>
    <message>
        <source>Details changed</source>
        <translation>詳細資料已修改</translation>
    </message>
    <message>
        <source>Rework</source>
        <translation>返修</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>改約…</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>改派…</translation>
    </message>
    <message>
        <source>Open rework order</source>
        <translation>開返修單</translation>
    </message>
    <message>
        <source>Rework of %1: %2</source>
        <translation>%1 的返修：%2</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>故障現象</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>故障診斷</translation>
    </message>
    <message>
        <source>Repair plan</source>
        <translation>維修方案</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>維修內容</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>&amp;Charges</source>
        <translation>費用(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xpenses</source>
        <translation>費用申請(&amp;X)</translation>
    </message>
    <message>
        <source>Expense claimed</source>
        <translation>已申請費用</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>報價</translation>
    </message>
    <message>
        <source>Customer agreed to the quote</source>
        <translation>客戶同意報價</translation>
    </message>
    <message>
        <source>&amp;Parts and follow-ups</source>
        <translation>零件與回訪(&amp;P)</translation>
    </message>
    <message>
        <source>Carry-in &amp;repair</source>
        <translation>送修(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Attachments</source>
        <translation>附件(&amp;A)</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>回訪</translation>
    </message>
</context>
<context>
    <name>as::OrdersExport</name>
    <message>
        <source>Service orders</source>
        <translation>維修工單</translation>
    </message>
</context>
<context>
    <name>as::OrdersImport</name>
    <message>
        <source>the order number is longer than 40 characters</source>
        <translation>工單號碼超過 40 個字元</translation>
    </message>
    <message>
        <source>duplicate order number %1: also in row %2</source>
        <translation>工單號碼 %1 重複：第 %2 列也有</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number</source>
        <translation>「%1」不是有效的電話號碼</translation>
    </message>
    <message>
        <source>a model is required with the serial number</source>
        <translation>填寫序號時必須填寫型號</translation>
    </message>
    <message>
        <source>unknown technician &quot;%1&quot; (no user with this login or name)</source>
        <translation>不明技師「%1」（沒有此登入名稱或姓名的使用者）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of several users; write the login instead</source>
        <translation>「%1」是多位使用者的姓名；請改寫登入名稱</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a technician (role %2)</source>
        <translation>「%1」不是技師（角色：%2）</translation>
    </message>
    <message>
        <source>%1 is before %2</source>
        <translation>%1 早於 %2</translation>
    </message>
    <message>
        <source>accepted_at needs completed_at (an order is accepted after it is completed)</source>
        <translation>accepted_at 需要 completed_at（工單完工後才能驗收）</translation>
    </message>
    <message>
        <source>a cancelled order cannot also be completed or accepted</source>
        <translation>已取消的工單不能同時完工或驗收</translation>
    </message>
    <message>
        <source>%1 is in the future</source>
        <translation>%1 在未來</translation>
    </message>
    <message>
        <source>an order cannot be a rework of itself</source>
        <translation>工單不能是它自己的返修單</translation>
    </message>
    <message>
        <source>duplicate serial %1: it is registered to another customer</source>
        <translation>序號 %1 重複：已登錄在另一位客戶名下</translation>
    </message>
    <message>
        <source>duplicate serial %1: row %2 has it for another customer</source>
        <translation>序號 %1 重複：第 %2 列屬於另一位客戶</translation>
    </message>
    <message>
        <source>order %1 is already in the database</source>
        <translation>工單 %1 已在資料庫中</translation>
    </message>
    <message>
        <source>order %1 is neither in the file nor in the database</source>
        <translation>工單 %1 既不在檔案中也不在資料庫中</translation>
    </message>
    <message>
        <source>order %1 was opened after this one; a rework follows the original</source>
        <translation>工單 %1 晚於此單開單；返修單應在原工單之後</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>工單</translation>
    </message>
    <message>
        <source>new customers</source>
        <translation>新客戶</translation>
    </message>
    <message>
        <source>new products</source>
        <translation>新產品</translation>
    </message>
    <message>
        <source>order events</source>
        <translation>工單事件</translation>
    </message>
    <message>
        <source>Cancelled (imported history)</source>
        <translation>已取消（匯入的歷史紀錄）</translation>
    </message>
    <message>
        <source>Imported history</source>
        <translation>匯入的歷史紀錄</translation>
    </message>
    <message>
        <source>Historical service orders</source>
        <translation>歷史維修工單</translation>
    </message>
</context>
<context>
    <name>as::OrdersPage</name>
    <message>
        <source>Service orders</source>
        <translation>維修工單</translation>
    </message>
    <message>
        <source>Search by order number, phone, name or serial number</source>
        <translation>依工單號碼、電話、姓名或序號搜尋</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部狀態</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>未結工單</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部類別</translation>
    </message>
    <message>
        <source>In and out of warranty</source>
        <translation>保固內和保固外</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>僅顯示逾時(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation>新增工單(&amp;N)…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Opened &amp;from</source>
        <translation>開單日期從(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <source>All technicians</source>
        <translation>全部技師</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未派工</translation>
    </message>
    <message>
        <source>The &quot;opened to&quot; date is before the &quot;opened from&quot; date.</source>
        <translation>「開單日期到」早於「開單日期從」。</translation>
    </message>
    <message>
        <source>Showing the first %1 orders; scroll for more.</source>
        <translation>顯示前 %1 張工單；捲動以檢視更多。</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 張工單</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>as::PartDetailDialog</name>
    <message>
        <source>Location</source>
        <translation>庫位</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>現有庫存</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>全部庫位</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>異動類型</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>結存</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>驗退</translation>
    </message>
    <message>
        <source>Service order</source>
        <translation>維修工單</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation>入庫(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>出庫(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>調撥(&amp;T)…</translation>
    </message>
    <message>
        <source>Movements at:</source>
        <translation>異動庫位：</translation>
    </message>
    <message>
        <source>Part %1 — %2</source>
        <translation>零件 %1 — %2</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>規格</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Compatible models</source>
        <translation>適用型號</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>儲位</translation>
    </message>
    <message>
        <source>Cost / sale price</source>
        <translation>成本價 / 售價</translation>
    </message>
    <message>
        <source>Safety stock / reorder</source>
        <translation>安全庫存 / 補貨量</translation>
    </message>
    <message>
        <source>%1 / %2 %3</source>
        <translation>%1 / %2 %3</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供應商</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
</context>
<context>
    <name>as::PartDialog</name>
    <message>
        <source>New part</source>
        <translation>新增零件</translation>
    </message>
    <message>
        <source>Scan or type the code on the label</source>
        <translation>掃描或輸入標籤上的編號</translation>
    </message>
    <message>
        <source>e.g. KFR-35GW, KFR-26GW</source>
        <translation>例如 KFR-35GW, KFR-26GW</translation>
    </message>
    <message>
        <source>e.g. A-01-03</source>
        <translation>例如 A-01-03</translation>
    </message>
    <message>
        <source>yuan, e.g. 125.50</source>
        <translation>元，例如 125.50</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>In use (uncheck to retire the part)</source>
        <translation>使用中（取消勾選即停用該零件）</translation>
    </message>
    <message>
        <source>&amp;Code *</source>
        <translation>編號(&amp;C) *</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>姓名(&amp;N) *</translation>
    </message>
    <message>
        <source>&amp;Specification</source>
        <translation>規格(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>單位(&amp;U)</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>類別(&amp;A)</translation>
    </message>
    <message>
        <source>Compatible &amp;models</source>
        <translation>適用型號(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Bin location</source>
        <translation>儲位(&amp;B)</translation>
    </message>
    <message>
        <source>Cost &amp;price</source>
        <translation>成本價(&amp;P)</translation>
    </message>
    <message>
        <source>Sa&amp;le price</source>
        <translation>售價(&amp;L)</translation>
    </message>
    <message>
        <source>Safe&amp;ty stock</source>
        <translation>安全庫存(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Reorder quantity</source>
        <translation>補貨量(&amp;R)</translation>
    </message>
    <message>
        <source>Preferred su&amp;pplier</source>
        <translation>優先供應商(&amp;P)</translation>
    </message>
    <message>
        <source>Edit part %1</source>
        <translation>編輯零件 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan (e.g. 125.50).</source>
        <translation>「%1」不是以元為單位的金額（例如 125.50）。</translation>
    </message>
</context>
<context>
    <name>as::PartService</name>
    <message>
        <source>Part code is required.</source>
        <translation>必須填寫零件編號。</translation>
    </message>
    <message>
        <source>Part code &quot;%1&quot; may only contain letters, digits and - _ . / (at most 64 characters).</source>
        <translation>零件編號「%1」只能包含字母、數字和 - _ . /（最多 64 個字元）。</translation>
    </message>
    <message>
        <source>Part name is required.</source>
        <translation>必須填寫零件名稱。</translation>
    </message>
    <message>
        <source>Part name is too long (at most 200 characters).</source>
        <translation>零件名稱太長（最多 200 個字元）。</translation>
    </message>
    <message>
        <source>Cost price cannot be negative.</source>
        <translation>成本價不能為負。</translation>
    </message>
    <message>
        <source>Sale price cannot be negative.</source>
        <translation>售價不能為負。</translation>
    </message>
    <message>
        <source>Safety stock cannot be negative.</source>
        <translation>安全庫存不能為負。</translation>
    </message>
    <message>
        <source>Reorder quantity cannot be negative.</source>
        <translation>補貨量不能為負。</translation>
    </message>
    <message>
        <source>Part code %1 is already used by &quot;%2&quot;.</source>
        <translation>零件編號 %1 已被「%2」使用。</translation>
    </message>
    <message>
        <source>Part %1 was changed by someone else after you opened it. Reload to see their change.</source>
        <translation>您開啟零件 %1 之後，他人修改了它。請重新載入以檢視其變更。</translation>
    </message>
    <message>
        <source>Part %1 does not exist.</source>
        <translation>零件 %1 不存在。</translation>
    </message>
    <message>
        <source>Unknown part code &quot;%1&quot;.</source>
        <translation>不明的零件編號「%1」。</translation>
    </message>
    <message>
        <source>Location code is required.</source>
        <translation>必須填寫庫位代碼。</translation>
    </message>
    <message>
        <source>Location code is too long (at most 32 characters).</source>
        <translation>庫位代碼太長（最多 32 個字元）。</translation>
    </message>
    <message>
        <source>Location code %1 is already used.</source>
        <translation>庫位代碼 %1 已被使用。</translation>
    </message>
    <message>
        <source>Location %1 was changed by someone else. Reload and try again.</source>
        <translation>庫位 %1 已被他人修改。請重新載入後再試一次。</translation>
    </message>
    <message>
        <source>Stock location %1 does not exist.</source>
        <translation>庫位 %1 不存在。</translation>
    </message>
    <message>
        <source>Unknown stock location &quot;%1&quot;.</source>
        <translation>不明庫位「%1」。</translation>
    </message>
    <message>
        <source>Main warehouse</source>
        <translation>總倉</translation>
    </message>
</context>
<context>
    <name>as::PartsExport</name>
    <message>
        <source>Parts</source>
        <translation>零件</translation>
    </message>
</context>
<context>
    <name>as::PartsImport</name>
    <message>
        <source>&quot;%1&quot; is not a part code (letters, digits and - _ . /, at most 64 characters)</source>
        <translation>「%1」不是零件編號（字母、數字和 - _ . /，最多 64 個字元）</translation>
    </message>
    <message>
        <source>unknown location &quot;%1&quot;</source>
        <translation>不明庫位「%1」</translation>
    </message>
    <message>
        <source>duplicate code %1: also in row %2</source>
        <translation>編號 %1 重複：第 %2 列也有</translation>
    </message>
    <message>
        <source>duplicate code %1: already in the parts catalogue</source>
        <translation>編號 %1 重複：零件目錄中已有</translation>
    </message>
    <message>
        <source>Could not prepare the parts import.</source>
        <translation>無法準備零件匯入。</translation>
    </message>
    <message>
        <source>Opening balance (import)</source>
        <translation>期初庫存（匯入）</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>匯入已取消。</translation>
    </message>
    <message>
        <source>parts</source>
        <translation>零件</translation>
    </message>
    <message>
        <source>opening balances</source>
        <translation>期初庫存</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>零件</translation>
    </message>
</context>
<context>
    <name>as::PartsPage</name>
    <message>
        <source>Code</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>規格</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Compatible models</source>
        <translation>適用型號</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>儲位</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>現有庫存</translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation>安全庫存</translation>
    </message>
    <message>
        <source>Cost price</source>
        <translation>成本價</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>售價</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供應商</translation>
    </message>
    <message>
        <source>Reorder quantity</source>
        <translation>補貨量</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>已申請</translation>
    </message>
    <message>
        <source>Stock value</source>
        <translation>庫存金額</translation>
    </message>
    <message>
        <source>Last issue</source>
        <translation>最近出庫</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>庫位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>No issue in 90 days</source>
        <translation>90 天無出庫</translation>
    </message>
    <message>
        <source>No issue in 180 days</source>
        <translation>180 天無出庫</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>零件</translation>
    </message>
    <message>
        <source>Reorder list</source>
        <translation>補貨清單</translation>
    </message>
    <message>
        <source>Purchase requests</source>
        <translation>請購單</translation>
    </message>
    <message>
        <source>Slow-moving</source>
        <translation>呆滯零件</translation>
    </message>
    <message>
        <source>Defective stock</source>
        <translation>不良品庫</translation>
    </message>
    <message>
        <source>Parts &amp; stock</source>
        <translation>零件與庫存</translation>
    </message>
    <message>
        <source>Search by code, name, specification or compatible model</source>
        <translation>依編號、名稱、規格或適用型號搜尋</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部類別</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>全部庫位</translation>
    </message>
    <message>
        <source>At or below safety stock</source>
        <translation>達到或低於安全庫存</translation>
    </message>
    <message>
        <source>&amp;New part…</source>
        <translation>新增零件(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation>入庫(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Issue to order…</source>
        <translation>工單領用(&amp;I)…</translation>
    </message>
    <message>
        <source>Re&amp;turn from order…</source>
        <translation>工單退料(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Sell…</source>
        <translation>銷售(&amp;S)…</translation>
    </message>
    <message>
        <source>Trans&amp;fer…</source>
        <translation>調撥(&amp;F)…</translation>
    </message>
    <message>
        <source>Scra&amp;p…</source>
        <translation>報廢(&amp;P)…</translation>
    </message>
    <message>
        <source>Showing the first %1 parts; scroll for more.</source>
        <translation>顯示前 %1 項零件；捲動以檢視更多。</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n 項零件</numerusform>
        </translation>
    </message>
    <message>
        <source>Import parts…</source>
        <translation>匯入零件…</translation>
    </message>
    <message>
        <source>Import movements…</source>
        <translation>匯入進出庫紀錄…</translation>
    </message>
</context>
<context>
    <name>as::PasswordDialog</name>
    <message>
        <source>Password for %1</source>
        <translation>%1 的密碼</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>目前密碼(&amp;C)</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>至少 %1 個字元</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>新密碼(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>再次輸入(&amp;R)</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>目前密碼錯誤。</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>兩次輸入的新密碼不一致。</translation>
    </message>
</context>
<context>
    <name>as::PostgresDialog</name>
    <message>
        <source>Connect to a PostgreSQL server</source>
        <translation>連線 PostgreSQL 伺服器</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>伺服器(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>連接埠(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>資料庫(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>使用者(&amp;U)</translation>
    </message>
    <message>
        <source>The password is not stored by Aftersales: put it in the PGPASSWORD environment variable or in the user&apos;s .pgpass file, as for every PostgreSQL program.</source>
        <translation>Aftersales 不儲存密碼：請如同其他 PostgreSQL 程式，將密碼放在 PGPASSWORD 環境變數或使用者的 .pgpass 檔案中。</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>測試連線(&amp;T)</translation>
    </message>
    <message>
        <source>Server is required.</source>
        <translation>伺服器為必填。</translation>
    </message>
    <message>
        <source>Database &quot;%1&quot; is not a valid database name.</source>
        <translation>「%1」不是有效的資料庫名稱。</translation>
    </message>
    <message>
        <source>User is required.</source>
        <translation>使用者為必填。</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>已連線 %1。</translation>
    </message>
</context>
<context>
    <name>as::ProductDialog</name>
    <message>
        <source>Register product</source>
        <translation>登錄產品</translation>
    </message>
    <message>
        <source>e.g. Refrigerator, Sofa, Phone</source>
        <translation>例如 冰箱、沙發、手機</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 個月</translation>
    </message>
    <message>
        <source>Computed from the dates</source>
        <translation>依日期計算</translation>
    </message>
    <message>
        <source>Required when the status is overridden</source>
        <translation>變更狀態時必填</translation>
    </message>
    <message>
        <source>&amp;Model *</source>
        <translation>型號(&amp;M) *</translation>
    </message>
    <message>
        <source>Product &amp;type</source>
        <translation>產品類型(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Serial number</source>
        <translation>序號(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Purchase date</source>
        <translation>購買日期(&amp;P)</translation>
    </message>
    <message>
        <source>Manu&amp;facture date</source>
        <translation>製造日期(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Installation date</source>
        <translation>安裝日期(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Dealer</source>
        <translation>經銷商(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Warranty</source>
        <translation>保固期(&amp;W)</translation>
    </message>
    <message>
        <source>Warranty st&amp;atus</source>
        <translation>保固狀態(&amp;A)</translation>
    </message>
    <message>
        <source>Override &amp;reason</source>
        <translation>變更原因(&amp;R)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Edit product %1</source>
        <translation>編輯產品 %1</translation>
    </message>
    <message>
        <source>covered until %1</source>
        <translation>保固至 %1</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型號</translation>
    </message>
    <message>
        <source>Product type</source>
        <translation>產品類型</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>購買日期</translation>
    </message>
    <message>
        <source>Manufacture date</source>
        <translation>製造日期</translation>
    </message>
    <message>
        <source>Installation date</source>
        <translation>安裝日期</translation>
    </message>
    <message>
        <source>Dealer</source>
        <translation>經銷商</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>保固</translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation>產品 %1</translation>
    </message>
</context>
<context>
    <name>as::PurchaseRequestsView</name>
    <message>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>已申請</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>零件</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>庫位</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供應商</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Show received and cancelled</source>
        <translation>顯示已到貨和已取消的</translation>
    </message>
    <message>
        <source>Request the reorder &amp;list</source>
        <translation>為補貨清單開立請購單(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>核准(&amp;A)</translation>
    </message>
    <message>
        <source>Mark &amp;ordered</source>
        <translation>標記為已訂購(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation>入庫(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Cancel request…</source>
        <translation>取消請購(&amp;C)…</translation>
    </message>
    <message>
        <source>%1 (received %2, rejected %3)</source>
        <translation>%1（到貨 %2，驗退 %3）</translation>
    </message>
    <message>
        <source>Select a purchase request first.</source>
        <translation>請先選擇一張請購單。</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>收貨</translation>
    </message>
    <message>
        <source>Accepted at incoming inspection:</source>
        <translation>進料檢驗合格：</translation>
    </message>
    <message>
        <source>Rejected at incoming inspection:</source>
        <translation>進料檢驗不合格：</translation>
    </message>
    <message>
        <source>Cancel purchase request</source>
        <translation>取消請購單</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
</context>
<context>
    <name>as::PurchaseService</name>
    <message>
        <source>Purchase request %1 does not exist.</source>
        <translation>請購單 %1 不存在。</translation>
    </message>
    <message>
        <source>The requested quantity must be above zero.</source>
        <translation>請購數量必須大於零。</translation>
    </message>
    <message>
        <source>Part %1 does not exist.</source>
        <translation>零件 %1 不存在。</translation>
    </message>
    <message>
        <source>From the reorder list</source>
        <translation>來自補貨清單</translation>
    </message>
    <message>
        <source>Purchase request %1 is %2, not %3; reload to see its state.</source>
        <translation>請購單 %1 狀態為%2，而非%3；請重新載入檢視其狀態。</translation>
    </message>
    <message>
        <source>Purchase request %1</source>
        <translation>請購單 %1</translation>
    </message>
    <message>
        <source>Cancelling a purchase request needs a reason.</source>
        <translation>取消請購單需要填寫原因。</translation>
    </message>
    <message>
        <source>Purchase request %1 is already %2.</source>
        <translation>請購單 %1 已是%2。</translation>
    </message>
</context>
<context>
    <name>as::QueryListModel</name>
    <message>
        <source>Scrapped / defective</source>
        <translation>報廢 / 不良</translation>
    </message>
    <message>
        <source>Rejected at incoming inspection</source>
        <translation>進料檢驗不合格</translation>
    </message>
</context>
<context>
    <name>as::ReportData</name>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>無法寫入 %1：資料夾 %2 不存在。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Key performance indicators</source>
        <translation>關鍵績效指標</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>達成</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>變化</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>去年同期</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>分子</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Backlog at period end by age</source>
        <translation>期末積壓工單（依時長）</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>時長（天）</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>未結工單</translation>
    </message>
    <message>
        <source>Orders opened and completed per week</source>
        <translation>每週開單與完工數</translation>
    </message>
    <message>
        <source>From</source>
        <translation>從</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>開單數</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完工數</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>技師</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>維修技師</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>準時</translation>
    </message>
    <message>
        <source>First-time fix</source>
        <translation>一次修復率</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <source>Rework</source>
        <translation>返修</translation>
    </message>
    <message>
        <source>Due or completed</source>
        <translation>到期或完工</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已驗收</translation>
    </message>
    <message>
        <source>Rated follow-ups</source>
        <translation>有評分的回訪</translation>
    </message>
    <message>
        <source>Faults by product model (Pareto)</source>
        <translation>依產品型號的故障（柏拉圖）</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型號</translation>
    </message>
    <message>
        <source>Repair orders</source>
        <translation>維修工單</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累計</translation>
    </message>
    <message>
        <source>Complaints by category</source>
        <translation>依類別的客訴</translation>
    </message>
    <message>
        <source>Complaints by responsibility</source>
        <translation>依責任歸屬的客訴</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>責任歸屬</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>客訴</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>賠償</translation>
    </message>
    <message>
        <source>Parts consumption</source>
        <translation>零件消耗</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Top parts by cost</source>
        <translation>成本最高的零件</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Stock value and turnover</source>
        <translation>庫存金額與週轉</translation>
    </message>
    <message>
        <source>Stock value at start</source>
        <translation>期初庫存金額</translation>
    </message>
    <message>
        <source>Stock value at end</source>
        <translation>期末庫存金額</translation>
    </message>
    <message>
        <source>Cost of parts issued</source>
        <translation>出庫零件成本</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>週轉率</translation>
    </message>
    <message>
        <source>12-month trends</source>
        <translation>12 個月趨勢</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Cannot write %1: bad sheet name %2.</source>
        <translation>無法寫入 %1：工作表名稱 %2 無效。</translation>
    </message>
    <message>
        <source>After-sales monthly report</source>
        <translation>售後服務月報</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>產生時間</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>首日</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>末日</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>無法在 %1 中寫入：%2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>無法寫入 %1。</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>累計占比</translation>
    </message>
</context>
<context>
    <name>as::ReportExportDialog</name>
    <message>
        <source>Export report %1</source>
        <translation>匯出報告 %1</translation>
    </message>
    <message>
        <source>PDF (to print or send)</source>
        <translation>PDF（列印或傳送）</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel 活頁簿 (XLSX)</translation>
    </message>
    <message>
        <source>CSV (UTF-8)</source>
        <translation>CSV (UTF-8)</translation>
    </message>
    <message>
        <source>Notes for the report: causes, actions, remarks (printed in the PDF, kept in the XLSX).</source>
        <translation>報告備註：原因、措施、說明（列印於 PDF，保留於 XLSX）。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Manager&apos;s notes:</source>
        <translation>經理備註：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>檔案：</translation>
    </message>
    <message>
        <source>after-sales-report-%1</source>
        <translation>售後報告-%1</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>匯出報告</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 檔案 (*.%2)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>請選擇要寫入的檔案。</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已寫入：%1</translation>
    </message>
</context>
<context>
    <name>as::ReportsPage</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>日期範圍</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>去年同期</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>匯出報告…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期間：</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>比較：</translation>
    </message>
    <message>
        <source>12-month trend of:</source>
        <translation>12 個月趨勢：</translation>
    </message>
    <message>
        <source>Technicians (double-click a row for their orders)</source>
        <translation>維修技師（雙擊一列查看其工單）</translation>
    </message>
    <message>
        <source>12-month trend: %1</source>
        <translation>12 個月趨勢：%1</translation>
    </message>
    <message>
        <source>Your role cannot read reports.</source>
        <translation>您的角色無權查看報表。</translation>
    </message>
    <message>
        <source>Data may have changed since these figures were computed; click Show to update them.</source>
        <translation>資料在計算後可能已變更；點擊「顯示」更新。</translation>
    </message>
    <message>
        <source>Complaints are not recorded in this database yet: the complaint rate is empty.</source>
        <translation>此資料庫尚未紀錄客訴：客訴率為空。</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>開單數</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完工數</translation>
    </message>
    <message>
        <source>Orders opened and completed per week</source>
        <translation>每週開單與完工數</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>未結工單</translation>
    </message>
    <message>
        <source>Backlog at period end by age</source>
        <translation>期末積壓工單（依時長）</translation>
    </message>
    <message>
        <source>Faults by product model (Pareto, top 15)</source>
        <translation>依產品型號的故障（柏拉圖，前 15）</translation>
    </message>
    <message>
        <source>Complaints by category</source>
        <translation>依類別的客訴</translation>
    </message>
    <message>
        <source>Complaints by responsibility</source>
        <translation>依責任歸屬的客訴</translation>
    </message>
    <message>
        <source>Parts consumption by category (yuan)</source>
        <translation>依類別的零件消耗（元）</translation>
    </message>
    <message>
        <source>turnover %1</source>
        <translation>週轉率 %1</translation>
    </message>
    <message>
        <source>Records counted (numerator)</source>
        <translation>計入的紀錄（分子）</translation>
    </message>
    <message>
        <source>All records (denominator)</source>
        <translation>全部紀錄（分母）</translation>
    </message>
    <message>
        <source>Records that missed</source>
        <translation>未達成的紀錄</translation>
    </message>
    <message>
        <source>%1: the records are not kept in this database.</source>
        <translation>%1：此資料庫未保存這些紀錄。</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>報表</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在計算…</translation>
    </message>
    <message>
        <source>Computing the figures in the background; the page stays usable.</source>
        <translation>正在背景計算數值，頁面仍可繼續使用。</translation>
    </message>
    <message>
        <source>Computing %1…</source>
        <translation>正在計算 %1…</translation>
    </message>
    <message>
        <source>The figures are being computed; export the report when they are shown.</source>
        <translation>數值正在計算中，請在顯示後再匯出報表。</translation>
    </message>
</context>
<context>
    <name>as::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>PNG or SVG file shown on printed forms</source>
        <translation>列印單據上顯示的 PNG 或 SVG 檔案</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Company logo</source>
        <translation>公司標誌</translation>
    </message>
    <message>
        <source>Images (*.png *.svg *.jpg)</source>
        <translation>圖片 (*.png *.svg *.jpg)</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>依系統設定</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>公司名稱</translation>
    </message>
    <message>
        <source>Company address</source>
        <translation>公司地址</translation>
    </message>
    <message>
        <source>Service phone</source>
        <translation>服務電話</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>標誌</translation>
    </message>
    <message>
        <source>Site time zone</source>
        <translation>站點時區</translation>
    </message>
    <message>
        <source>Parts mark-up outside warranty</source>
        <translation>保固外零件加成</translation>
    </message>
    <message>
        <source>Language on this PC (after restart)</source>
        <translation>本機語言（重新啟動後生效）</translation>
    </message>
    <message>
        <source>Company and site</source>
        <translation>公司與站點</translation>
    </message>
    <message>
        <source>Working calendar and service levels</source>
        <translation>工作行事曆與服務時限</translation>
    </message>
    <message>
        <source>Language saved for this PC.</source>
        <translation>本機語言已儲存。</translation>
    </message>
    <message>
        <source>Site time zone &quot;%1&quot; is not a known time zone (e.g. Asia/Shanghai).</source>
        <translation>站點時區「%1」不是已知時區（例如 Asia/Taipei）。</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>設定已儲存。</translation>
    </message>
    <message>
        <source>Labour rate, general repair</source>
        <translation>工資（一般維修）</translation>
    </message>
    <message>
        <source>Labour rate, complex repair</source>
        <translation>工資（複雜維修）</translation>
    </message>
    <message>
        <source>Follow-up calls</source>
        <translation>回訪</translation>
    </message>
</context>
<context>
    <name>as::SettingsRepository</name>
    <message>
        <source>The setting %1 is not valid JSON: %2</source>
        <translation>設定 %1 不是有效的 JSON：%2</translation>
    </message>
</context>
<context>
    <name>as::SlaPolicy</name>
    <message>
        <source>SLA rule %1: the amount must be a whole number from 0 to 100000.</source>
        <translation>SLA 規則 %1：數值必須是 0 到 100000 之間的整數。</translation>
    </message>
    <message>
        <source>SLA rule %1: unknown unit &quot;%2&quot;.</source>
        <translation>SLA 規則 %1：不明單位「%2」。</translation>
    </message>
</context>
<context>
    <name>as::StartStocktakeDialog</name>
    <message>
        <source>Start a stocktake</source>
        <translation>開始盤點</translation>
    </message>
    <message>
        <source>Blind count: counters do not see the expected quantities</source>
        <translation>盲盤：盤點人員看不到帳面數量</translation>
    </message>
    <message>
        <source>Starting freezes the expected quantities of the location. Movements posted while counting are taken into account when the stocktake is posted.</source>
        <translation>開始後將凍結該庫位的帳面數量。盤點期間登錄的庫存異動會在盤點過帳時計入。</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>庫位(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Categories
(none ticked: all)</source>
        <translation>類別(&amp;C)
（不勾選：全部）</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
</context>
<context>
    <name>as::StockLedger</name>
    <message>
        <source>Not enough stock of %1 at %2: only %3 left, %4 needed.</source>
        <translation>%2 處 %1 庫存不足：僅剩 %3，需要 %4。</translation>
    </message>
    <message>
        <source>Service order %1 does not exist.</source>
        <translation>維修工單 %1 不存在。</translation>
    </message>
    <message>
        <source>Unknown service order number &quot;%1&quot;.</source>
        <translation>不明的維修工單號碼「%1」。</translation>
    </message>
    <message>
        <source>An adjustment needs a quantity other than zero.</source>
        <translation>調整數量不能為零。</translation>
    </message>
    <message>
        <source>A receipt needs an accepted quantity (and optionally a rejected quantity) above zero.</source>
        <translation>入庫需要大於零的合格數量（不合格數量可選）。</translation>
    </message>
    <message>
        <source>Quantity must be a whole number above zero.</source>
        <translation>數量必須是大於零的整數。</translation>
    </message>
    <message>
        <source>A rejected quantity belongs to receipts only.</source>
        <translation>只有入庫才有不合格數量。</translation>
    </message>
    <message>
        <source>A transfer needs a destination location other than the source.</source>
        <translation>調撥需要一個不同於來源的目的庫位。</translation>
    </message>
    <message>
        <source>Part %1 does not exist.</source>
        <translation>零件 %1 不存在。</translation>
    </message>
    <message>
        <source>Stock location %1 does not exist.</source>
        <translation>庫位 %1 不存在。</translation>
    </message>
    <message>
        <source>Stock location %1 is no longer in use.</source>
        <translation>庫位 %1 已停用。</translation>
    </message>
    <message>
        <source>A stock location is required.</source>
        <translation>必須指定庫位。</translation>
    </message>
    <message>
        <source>stock: %1 at %2 has balance %3 but its movements add up to %4</source>
        <translation>庫存：%2 處 %1 的結存為 %3，但異動合計為 %4</translation>
    </message>
    <message>
        <source>Setting pricing.parts_markup_percent must be a whole number from 0 to 1000 (it is &quot;%1&quot;).</source>
        <translation>設定 pricing.parts_markup_percent 必須是 0 到 1000 之間的整數（目前為「%1」）。</translation>
    </message>
</context>
<context>
    <name>as::StocktakeLinesModel</name>
    <message>
        <source>Code</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>儲位</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>帳面數量</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>實盤數量</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>盤盈 / 盤虧</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Recount (first count %1)</source>
        <translation>複盤（初盤 %1）</translation>
    </message>
    <message>
        <source>Recounted</source>
        <translation>已複盤</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>未盤點</translation>
    </message>
</context>
<context>
    <name>as::StocktakePage</name>
    <message>
        <source>Stocktake</source>
        <translation>盤點</translation>
    </message>
    <message>
        <source>&amp;Start a stocktake…</source>
        <translation>開始盤點(&amp;S)…</translation>
    </message>
    <message>
        <source>S&amp;can or type a code, then Enter:</source>
        <translation>掃描或輸入編號後按 Enter(&amp;C)：</translation>
    </message>
    <message>
        <source>Quantity added by the next scan (back to 1 afterwards)</source>
        <translation>下一次掃描增加的數量（之後恢復為 1）</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>數量(&amp;Q)：</translation>
    </message>
    <message>
        <source>Show expected quantities (manager)</source>
        <translation>顯示帳面數量（經理）</translation>
    </message>
    <message>
        <source>Correct &amp;count…</source>
        <translation>更正盤點數(&amp;C)…</translation>
    </message>
    <message>
        <source>Check &amp;variances (recount)</source>
        <translation>檢查差異（複盤）(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>核准(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Post adjustments</source>
        <translation>過帳調整(&amp;P)</translation>
    </message>
    <message>
        <source>Cancel stocktake…</source>
        <translation>取消盤點…</translation>
    </message>
    <message>
        <source>#%1 %2 — %3, %4</source>
        <translation>#%1 %2 — %3，%4</translation>
    </message>
    <message>
        <source>No stocktakes yet</source>
        <translation>還沒有盤點</translation>
    </message>
    <message>
        <source>Start a stocktake to count a location.</source>
        <translation>開始盤點以清點一個庫位。</translation>
    </message>
    <message>
        <source>%1 at %2, frozen %3</source>
        <translation>%2 的%1，凍結於 %3</translation>
    </message>
    <message>
        <source> · blind count</source>
        <translation> · 盲盤</translation>
    </message>
    <message>
        <source> · categories: %1</source>
        <translation> · 類別：%1</translation>
    </message>
    <message>
        <source>Counted %1 of %2 lines</source>
        <translation>已盤 %1 / %2 列</translation>
    </message>
    <message>
        <source>; %1 line(s) wait for a recount</source>
        <translation>；%1 列待複盤</translation>
    </message>
    <message>
        <source>✓ %1 %2: +%3, counted %4 %5</source>
        <translation>✓ %1 %2：+%3，已盤 %4 %5</translation>
    </message>
    <message>
        <source> (expected %1)</source>
        <translation>（帳面 %1）</translation>
    </message>
    <message>
        <source> — not on the frozen list, added</source>
        <translation> — 不在凍結清單中，已新增</translation>
    </message>
    <message>
        <source>Select the line to correct first.</source>
        <translation>請先選擇要更正的列。</translation>
    </message>
    <message>
        <source>Correct count</source>
        <translation>更正盤點數</translation>
    </message>
    <message>
        <source>Counted quantity of %1:</source>
        <translation>%1 的實盤數量：</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) must be counted again.</source>
        <translation>
            <numerusform>%n 列需要複盤。</numerusform>
        </translation>
    </message>
    <message>
        <source>No variance exceeds the threshold.</source>
        <translation>沒有超過門檻的差異。</translation>
    </message>
    <message>
        <source>Approved. Post the adjustments to update the stock.</source>
        <translation>已核准。請過帳調整以更新庫存。</translation>
    </message>
    <message>
        <source>Post stocktake</source>
        <translation>盤點過帳</translation>
    </message>
    <message>
        <source>Post all adjustments of stocktake %1 now? Uncounted lines stay unchanged.</source>
        <translation>現在過帳盤點 %1 的全部調整嗎？未盤點的列維持不變。</translation>
    </message>
    <message>
        <source>Posted: %1 line(s) adjusted, variance %2 units worth %3; %4 line(s) not counted.</source>
        <translation>已過帳：調整 %1 列，差異 %2 件，金額 %3；%4 列未盤點。</translation>
    </message>
    <message>
        <source>Cancel stocktake</source>
        <translation>取消盤點</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Count &amp;sheet (PDF)…</source>
        <translation>盤點表 (PDF)(&amp;S)…</translation>
    </message>
    <message>
        <source>Save count sheet</source>
        <translation>儲存盤點表</translation>
    </message>
    <message>
        <source>count-sheet-%1.pdf</source>
        <translation>盤點表-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Count sheet saved: %1</source>
        <translation>盤點表已儲存：%1</translation>
    </message>
</context>
<context>
    <name>as::StocktakeService</name>
    <message>
        <source>Stocktake %1 does not exist.</source>
        <translation>盤點 %1 不存在。</translation>
    </message>
    <message>
        <source>Stocktake %1 is already posted.</source>
        <translation>盤點 %1 已過帳。</translation>
    </message>
    <message>
        <source>Stocktake %1 was cancelled.</source>
        <translation>盤點 %1 已取消。</translation>
    </message>
    <message>
        <source>Stock location %1 does not exist.</source>
        <translation>庫位 %1 不存在。</translation>
    </message>
    <message>
        <source>Stocktake %1 of %2 is still open; post or cancel it first.</source>
        <translation>%2 的盤點 %1 仍未結束；請先過帳或取消。</translation>
    </message>
    <message>
        <source>Scan or type a part code.</source>
        <translation>請掃描或輸入零件編號。</translation>
    </message>
    <message>
        <source>A counted quantity cannot be negative.</source>
        <translation>實盤數量不能為負。</translation>
    </message>
    <message>
        <source>Stocktake %1 is already approved; counts can no longer change.</source>
        <translation>盤點 %1 已核准；盤點數不能再修改。</translation>
    </message>
    <message>
        <source>Unknown code &quot;%1&quot;: no part has this code. Not counted.</source>
        <translation>不明編號「%1」：沒有零件使用此編號。未計入盤點。</translation>
    </message>
    <message>
        <source>Part %1 (category &quot;%2&quot;) is not part of this stocktake (%3). Not counted.</source>
        <translation>零件 %1（類別「%2」）不在本次盤點範圍內（%3）。未計入盤點。</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
    <message>
        <source>The part is not on stocktake %1; scan it to add it.</source>
        <translation>該零件不在盤點 %1 中；掃描即可新增。</translation>
    </message>
    <message>
        <source>Stocktake %1 was changed by someone else. Reload and try again.</source>
        <translation>盤點 %1 已被他人修改。請重新載入後再試一次。</translation>
    </message>
    <message>
        <source>Stocktake %1 is already approved.</source>
        <translation>盤點 %1 已核准。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) still wait for their recount (first: %1).</source>
        <translation>
            <numerusform>還有 %n 列等待複盤（第一列：%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stocktake %1</source>
        <translation>盤點 %1</translation>
    </message>
    <message>
        <source>Cancelling a stocktake needs a reason.</source>
        <translation>取消盤點需要填寫原因。</translation>
    </message>
</context>
<context>
    <name>as::TableReader</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is an old Excel (.xls) workbook; save it as .xlsx or CSV.</source>
        <translation>%1 是舊版 Excel（.xls）活頁簿；請另存為 .xlsx 或 CSV。</translation>
    </message>
</context>
<context>
    <name>as::TimelineView</name>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事項</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>as::Transaction</name>
    <message>
        <source>Internal error: commit of a transaction that is not active.</source>
        <translation>內部錯誤：提交了一個非作用中的交易。</translation>
    </message>
</context>
<context>
    <name>as::UserDirectory</name>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>沒有使用者「%1」。</translation>
    </message>
    <message>
        <source>There is no user with id %1.</source>
        <translation>沒有編號為 %1 的使用者。</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; is deactivated.</source>
        <translation>使用者「%1」已停用。</translation>
    </message>
</context>
<context>
    <name>as::UserService</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>密碼至少需要 %1 個字元。</translation>
    </message>
    <message>
        <source>The password must not begin or end with a space.</source>
        <translation>密碼不能以空格開頭或結尾。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>使用者名稱或密碼錯誤。</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; is deactivated.</source>
        <translation>使用者「%1」已停用。</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; is locked after repeated wrong passwords until %2 (UTC).</source>
        <translation>使用者「%1」因多次輸錯密碼被鎖定，直到 %2（UTC）。</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; has no password yet; ask a manager to set one.</source>
        <translation>使用者「%1」還沒有密碼；請經理設定。</translation>
    </message>
    <message>
        <source>Wrong password. User &quot;%1&quot; is now locked for %2 minutes.</source>
        <translation>密碼錯誤。使用者「%1」現已鎖定 %2 分鐘。</translation>
    </message>
    <message>
        <source>Login &quot;%1&quot; must be 2 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>登入名稱「%1」必須由 2 到 32 個字母、數字、「.」、「_」或「-」組成。</translation>
    </message>
    <message>
        <source>Only an administrator may create another administrator.</source>
        <translation>只有系統管理員可以建立另一位系統管理員。</translation>
    </message>
    <message>
        <source>There is already a user &quot;%1&quot;.</source>
        <translation>已經有使用者「%1」。</translation>
    </message>
    <message>
        <source>Only an administrator may change an administrator&apos;s password.</source>
        <translation>只有系統管理員可以變更系統管理員的密碼。</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself.</source>
        <translation>您不能停用自己。</translation>
    </message>
    <message>
        <source>The last active administrator cannot be deactivated.</source>
        <translation>不能停用最後一位啟用中的系統管理員。</translation>
    </message>
    <message>
        <source>Only an administrator may make someone an administrator.</source>
        <translation>只有系統管理員可以將他人設為系統管理員。</translation>
    </message>
</context>
<context>
    <name>as::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登入名稱</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>啟用</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>新增使用者(&amp;A)…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>變更角色(&amp;R)…</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>設定密碼(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate / activate</source>
        <translation>停用 / 啟用(&amp;D)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>set</source>
        <translation>已設定</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>新增使用者</translation>
    </message>
    <message>
        <source>optional; at least %1 characters</source>
        <translation>選填；至少 %1 個字元</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>登入名稱(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密碼(&amp;P)</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>%1 的角色</translation>
    </message>
    <message>
        <source>Role not changed</source>
        <translation>角色未變更</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>未變更</translation>
    </message>
</context>
<context>
    <name>as::WorkOrderSource</name>
    <message>
        <source>Setting company.logo: cannot read %1 (%2); printing without a logo.</source>
        <translation>設定 company.logo：無法讀取 %1（%2）；將不含標誌列印。</translation>
    </message>
</context>
<context>
    <name>as::WorkingCalendar</name>
    <message>
        <source>Working hours setting is not a JSON object.</source>
        <translation>工作時間設定不是 JSON 物件。</translation>
    </message>
    <message>
        <source>Working hours for %1: &quot;%2&quot; is not a valid time range (HH:mm to HH:mm).</source>
        <translation>%1 的工作時間：「%2」不是有效的時段（HH:mm 至 HH:mm）。</translation>
    </message>
    <message>
        <source>Working hours for %1 overlap.</source>
        <translation>%1 的工作時間有重疊。</translation>
    </message>
</context>
<context>
    <name>as::XlsxReader</name>
    <message>
        <source>%1 is not a readable XLSX workbook (the zip archive is damaged or cut off).</source>
        <translation>%1 不是可讀取的 XLSX 活頁簿（zip 壓縮檔已損毀或被截斷）。</translation>
    </message>
    <message>
        <source>%1 is not a readable XLSX workbook: %2.</source>
        <translation>%1 不是可讀取的 XLSX 活頁簿：%2。</translation>
    </message>
    <message>
        <source>xl/workbook.xml is missing</source>
        <translation>缺少 xl/workbook.xml</translation>
    </message>
    <message>
        <source>shared strings: %1</source>
        <translation>共用字串：%1</translation>
    </message>
    <message>
        <source>the first worksheet (%1) is missing</source>
        <translation>缺少第一個工作表（%1）</translation>
    </message>
    <message>
        <source>the cell holds the error value %1</source>
        <translation>儲存格含有錯誤值 %1</translation>
    </message>
    <message>
        <source>the cell holds a formula%1; import takes values only: copy the column, paste it as values and save again</source>
        <translation>儲存格含有公式%1；匯入只接受值：請複製該欄，以「值」貼上後重新儲存</translation>
    </message>
    <message>
        <source>%1: the worksheet is damaged near row %2: %3</source>
        <translation>%1：工作表在第 %2 列附近已損毀：%3</translation>
    </message>
    <message>
        <source>%1: the worksheet ends in the middle (is the file cut off?).</source>
        <translation>%1：工作表中途結束（檔案是否被截斷？）。</translation>
    </message>
</context>
<context>
    <name>as::cli::Context</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: wrong number of arguments. See: aftersales-cli --help</source>
        <translation>%1：參數個數不對。請參閱：aftersales-cli --help</translation>
    </message>
    <message>
        <source>This database requires a login: add --user NAME (password from AFTERSALES_PASSWORD or a prompt).</source>
        <translation>此資料庫需要登入：請加上 --user 使用者名稱（密碼取自 AFTERSALES_PASSWORD 或提示輸入）。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密碼：</translation>
    </message>
    <message>
        <source>No password given for %1 (set AFTERSALES_PASSWORD or type it at the prompt).</source>
        <translation>未提供 %1 的密碼（請設定 AFTERSALES_PASSWORD 或在提示時輸入）。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See: aftersales-cli --help</source>
        <translation>不明指令「%1」。請參閱：aftersales-cli --help</translation>
    </message>
    <message>
        <source>backup: --out FILE is required.</source>
        <translation>backup：必須指定 --out 檔案。</translation>
    </message>
    <message>
        <source>Backup written and verified: %1 (%2 bytes)</source>
        <translation>備份已寫入並驗證：%1（%2 位元組）</translation>
    </message>
    <message>
        <source>restore: --from FILE is required.</source>
        <translation>restore：必須指定 --from 檔案。</translation>
    </message>
    <message>
        <source>Restored from %1. The data before the restore was saved in %2.</source>
        <translation>已從 %1 還原。還原前的資料已儲存在 %2。</translation>
    </message>
    <message>
        <source>Database %1 is at schema %2.</source>
        <translation>資料庫 %1 的結構版本為 %2。</translation>
    </message>
    <message>
        <source>demo: --orders N is required.</source>
        <translation>demo：必須指定 --orders N。</translation>
    </message>
    <message>
        <source>demo: --orders must be a whole number, not &quot;%1&quot;.</source>
        <translation>demo：--orders 必須是整數，而不是「%1」。</translation>
    </message>
    <message>
        <source>demo: --seed must be a whole number, not &quot;%1&quot;.</source>
        <translation>demo：--seed 必須是整數，而不是「%1」。</translation>
    </message>
    <message>
        <source>demo: --now &quot;%1&quot; is not an ISO 8601 time.</source>
        <translation>demo：--now「%1」不是 ISO 8601 時間。</translation>
    </message>
    <message>
        <source>Demo data: %1 users, %2 customers, %3 products, %4 orders, %5 order events</source>
        <translation>示範資料：%1 位使用者、%2 位客戶、%3 項產品、%4 張工單、%5 筆工單事件</translation>
    </message>
    <message>
        <source> in %1 s.</source>
        <translation>，耗時 %1 秒。</translation>
    </message>
    <message>
        <source>import: unknown kind &quot;%1&quot;; one of: %2</source>
        <translation>import：不明類型「%1」；可選：%2</translation>
    </message>
    <message>
        <source>import: --map &quot;%1&quot;: write COLUMN=HEADER with COLUMN one of: %2</source>
        <translation>import：--map「%1」：請寫成 COLUMN=HEADER，COLUMN 可選：%2</translation>
    </message>
    <message>
        <source>%1: columns not used by %2 import (ignored): %3</source>
        <translation>%1：%2匯入不使用的欄位（已略過）：%3</translation>
    </message>
    <message>
        <source>%1: %2 problem(s) in %3 data row(s); nothing was imported.</source>
        <translation>%1：%3 個資料列中有 %2 個問題；未匯入任何內容。</translation>
    </message>
    <message>
        <source>%1 rows checked, %2, no problems; would import: %3. Nothing was written (--dry-run).</source>
        <translation>已檢查 %1 列，%2，沒有問題；將匯入：%3。未寫入任何內容（--dry-run）。</translation>
    </message>
    <message>
        <source>%1 rows read, %2; imported: %3 in %4 s.</source>
        <translation>已讀取 %1 列，%2；已匯入：%3，耗時 %4 秒。</translation>
    </message>
    <message>
        <source>export: unknown list &quot;%1&quot;; one of: %2</source>
        <translation>export：不明清單「%1」；可選：%2</translation>
    </message>
    <message>
        <source>export: --format must be csv or xlsx.</source>
        <translation>export：--format 必須是 csv 或 xlsx。</translation>
    </message>
    <message>
        <source>export: --out FILE is required.</source>
        <translation>export：必須指定 --out 檔案。</translation>
    </message>
    <message>
        <source>export: --%1 &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>export：--%1「%2」不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>export: --to is before --from.</source>
        <translation>export：--to 早於 --from。</translation>
    </message>
    <message>
        <source>%1 rows written to %2.</source>
        <translation>已寫入 %1 列到 %2。</translation>
    </message>
    <message>
        <source>print work-order: --out FILE.pdf is required.</source>
        <translation>print work-order：必須指定 --out 檔案.pdf。</translation>
    </message>
    <message>
        <source>print work-order: --paper &quot;%1&quot; is not a paper size; use A4 or A5.</source>
        <translation>print work-order：--paper「%1」不是紙張尺寸；請用 A4 或 A5。</translation>
    </message>
    <message>
        <source>%1: work order %2 (%3)</source>
        <translation>%1：工單 %2（%3）</translation>
    </message>
    <message>
        <source>stock move: --type must be receipt, issue, return, scrap, transfer or sale (not &quot;%1&quot;).</source>
        <translation>stock move：--type 必須是 receipt、issue、return、scrap、transfer 或 sale（而不是「%1」）。</translation>
    </message>
    <message>
        <source>stock move: --part CODE and --qty N are required.</source>
        <translation>stock move：必須指定 --part 編號 和 --qty 數量。</translation>
    </message>
    <message>
        <source>stock move: --qty must be a whole number (not &quot;%1&quot;).</source>
        <translation>stock move：--qty 必須是整數（而不是「%1」）。</translation>
    </message>
    <message>
        <source>stock move: --rejected must be a whole number (not &quot;%1&quot;).</source>
        <translation>stock move：--rejected 必須是整數（而不是「%1」）。</translation>
    </message>
    <message>
        <source>stock move: a transfer needs --to LOCATION.</source>
        <translation>stock move：調撥需要 --to 庫位。</translation>
    </message>
    <message>
        <source>movement %1: %2 at %3 now %4</source>
        <translation>異動 %1：%3 處 %2 現為 %4</translation>
    </message>
    <message>
        <source>, at %1 now %2</source>
        <translation>，%1 處現為 %2</translation>
    </message>
    <message>
        <source>stock: unknown action &quot;%1&quot; (onhand, move).</source>
        <translation>stock：不明動作「%1」（onhand、move）。</translation>
    </message>
    <message>
        <source>stock move: --type is required.</source>
        <translation>stock move：必須指定 --type。</translation>
    </message>
    <message>
        <source>stocktake: unknown action &quot;%1&quot; (start, count, recount, approve, post, show, list).</source>
        <translation>stocktake：不明動作「%1」（start、count、recount、approve、post、show、list）。</translation>
    </message>
    <message>
        <source>stocktake %1: the session ID is required.</source>
        <translation>stocktake %1：必須指定盤點編號。</translation>
    </message>
    <message>
        <source>stocktake count: ID and FILE are required.</source>
        <translation>stocktake count：必須指定編號和檔案。</translation>
    </message>
    <message>
        <source>stocktake start: --location L is required.</source>
        <translation>stocktake start：必須指定 --location 庫位。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>row %1, column counted: &quot;%2&quot; is not a whole number</source>
        <translation>第 %1 列，counted 欄：「%2」不是整數</translation>
    </message>
    <message>
        <source>%1 counts recorded</source>
        <translation>已記錄 %1 筆盤點數</translation>
    </message>
    <message>
        <source>%1 lines to recount</source>
        <translation>%1 列需複盤</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密碼：</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>再次輸入密碼：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
    <message>
        <source>users list takes no further arguments.</source>
        <translation>users list 不接受其他參數。</translation>
    </message>
    <message>
        <source>users %1: LOGIN is required.</source>
        <translation>users %1：必須指定登入名稱。</translation>
    </message>
    <message>
        <source>users: unknown action &quot;%1&quot; (add, list, passwd, disable, enable).</source>
        <translation>users：不明動作「%1」（add、list、passwd、disable、enable）。</translation>
    </message>
    <message>
        <source>users add: --role ROLE is required.</source>
        <translation>users add：必須指定 --role 角色。</translation>
    </message>
    <message>
        <source>users add: unknown role &quot;%1&quot; (manager, agent, technician, parts_clerk, logistics, admin).</source>
        <translation>users add：不明角色「%1」（manager、agent、technician、parts_clerk、logistics、admin）。</translation>
    </message>
    <message>
        <source>User %1 added (%2%3).</source>
        <translation>已新增使用者 %1（%2%3）。</translation>
    </message>
    <message>
        <source>, no password yet</source>
        <translation>，尚無密碼</translation>
    </message>
    <message>
        <source>No new password given for %1.</source>
        <translation>未提供 %1 的新密碼。</translation>
    </message>
    <message>
        <source>Password of %1 changed.</source>
        <translation>%1 的密碼已變更。</translation>
    </message>
    <message>
        <source>User %1 enabled.</source>
        <translation>使用者 %1 已啟用。</translation>
    </message>
    <message>
        <source>User %1 disabled; their history is kept.</source>
        <translation>使用者 %1 已停用；其歷史紀錄會保留。</translation>
    </message>
    <message>
        <source>print count-sheet: ID must be a stocktake number.</source>
        <translation>print count-sheet：編號必須是盤點單號。</translation>
    </message>
    <message>
        <source>print count-sheet: --out FILE.pdf is required.</source>
        <translation>print count-sheet：必須指定 --out 檔案.pdf。</translation>
    </message>
    <message>
        <source>%1: count sheet of stocktake %2, %3 lines</source>
        <translation>%1：盤點 %2 的盤點表，共 %3 列</translation>
    </message>
    <message>
        <source>print complaint: --out FILE.pdf is required.</source>
        <translation>print complaint：必須指定 --out FILE.pdf。</translation>
    </message>
    <message>
        <source>%1: complaint %2</source>
        <translation>%1：客訴 %2</translation>
    </message>
    <message>
        <source>print: unknown form &quot;%1&quot;; one of: work-order, count-sheet, complaint</source>
        <translation>print：未知表單「%1」；可用：work-order、count-sheet、complaint</translation>
    </message>
    <message>
        <source>report: --format must be pdf, xlsx or csv.</source>
        <translation>report：--format 必須是 pdf、xlsx 或 csv。</translation>
    </message>
    <message>
        <source>report: --out FILE is required.</source>
        <translation>report：必須指定 --out FILE。</translation>
    </message>
    <message>
        <source>report: give either --month YYYY-MM or --from DATE --to DATE.</source>
        <translation>report：請指定 --month YYYY-MM 或 --from DATE --to DATE。</translation>
    </message>
    <message>
        <source>report: --month &quot;%1&quot; is not a month; write YYYY-MM.</source>
        <translation>report：--month 「%1」不是月份；請寫 YYYY-MM。</translation>
    </message>
    <message>
        <source>report: --%1 &quot;%2&quot; is not a date; write YYYY-MM-DD.</source>
        <translation>report：--%1 「%2」不是日期；請寫 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>report: --to is before --from.</source>
        <translation>report：--to 早於 --from。</translation>
    </message>
    <message>
        <source>%1: KPI report %2 (%3)</source>
        <translation>%1：KPI 報告 %2（%3）</translation>
    </message>
    <message>
        <source>Warning: the stored KPI figures were not updated (%1); the first report will compute them.</source>
        <translation>警告：未能更新已儲存的 KPI 資料（%1）；首次產生報表時將重新計算。</translation>
    </message>
</context>
<context>
    <name>as::complaints::ComplaintActions</name>
    <message>
        <source>Complaint handling sheet</source>
        <translation>客訴處理單</translation>
    </message>
    <message>
        <source>Save the complaint handling sheet</source>
        <translation>儲存客訴處理單</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Handling sheet (PDF)…</source>
        <translation>處理單 (PDF)…</translation>
    </message>
    <message>
        <source>Select a complaint first.</source>
        <translation>請先選擇一件客訴。</translation>
    </message>
    <message>
        <source>New &amp;complaint…</source>
        <translation>新增客訴(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>as::fmt</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小時</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小時 %2 分</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分鐘</translation>
    </message>
</context>
<context>
    <name>as::print::Barcodes</name>
    <message>
        <source>Out of memory while encoding a barcode.</source>
        <translation>產生條碼時記憶體不足。</translation>
    </message>
    <message>
        <source>Cannot encode &quot;%1&quot; as a barcode: %2</source>
        <translation>無法將「%1」編碼為條碼：%2</translation>
    </message>
</context>
<context>
    <name>as::print::ComplaintSheetDocument</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>客訴 %1</translation>
    </message>
    <message>
        <source>Cannot start printing (the printer or file refused to open).</source>
        <translation>無法開始列印（印表機或檔案無法開啟）。</translation>
    </message>
    <message>
        <source>Complaint handling sheet</source>
        <translation>客訴處理單</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>客訴時間</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型號</translation>
    </message>
    <message>
        <source>Orders concerned</source>
        <translation>涉及工單</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>客訴內容</translation>
    </message>
    <message>
        <source>Customer expects</source>
        <translation>客戶訴求</translation>
    </message>
    <message>
        <source>Acknowledge by</source>
        <translation>受理期限</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Remedy due</source>
        <translation>處理方案期限</translation>
    </message>
    <message>
        <source>Remedy proposed</source>
        <translation>已提出處理方案</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>責任部門</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>責任歸屬</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新處理</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>調查紀錄</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>處理方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>核准人</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>滿意</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>不滿意</translation>
    </message>
    <message>
        <source>Customer informed</source>
        <translation>已告知客戶</translation>
    </message>
    <message>
        <source>Customer&apos;s verdict</source>
        <translation>客戶評價</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已結案</translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation>客戶回饋</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>進度</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Handled by: ______________</source>
        <translation>處理人：______________</translation>
    </message>
    <message>
        <source>Manager: ______________</source>
        <translation>經理：______________</translation>
    </message>
    <message>
        <source>Customer: ______________</source>
        <translation>客戶：______________</translation>
    </message>
    <message>
        <source>Printing did not finish.</source>
        <translation>列印未完成。</translation>
    </message>
</context>
<context>
    <name>as::print::CountSheetDocument</name>
    <message>
        <source>Stocktake count sheet</source>
        <translation>盤點表</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>編號 %1</translation>
    </message>
    <message>
        <source>Location %1 · frozen %2 · %3 lines</source>
        <translation>庫位 %1 · 凍結於 %2 · 共 %3 列</translation>
    </message>
    <message>
        <source> · categories: %1</source>
        <translation> · 類別：%1</translation>
    </message>
    <message>
        <source> · blind count</source>
        <translation> · 盲盤</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 頁，共 %2 頁</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>儲位</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>零件</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>帳面數量</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>實盤數量</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Stocktake %1 count sheet</source>
        <translation>盤點 %1 盤點表</translation>
    </message>
    <message>
        <source>Cannot start printing (the printer or file refused to open).</source>
        <translation>無法開始列印（印表機或檔案無法開啟）。</translation>
    </message>
    <message>
        <source>Cannot start a new page.</source>
        <translation>無法開始新的一頁。</translation>
    </message>
    <message>
        <source>Counted by: ____________________</source>
        <translation>盤點人：____________________</translation>
    </message>
    <message>
        <source>Checked by: ____________________</source>
        <translation>複核人：____________________</translation>
    </message>
    <message>
        <source>Printing did not finish.</source>
        <translation>列印未完成。</translation>
    </message>
</context>
<context>
    <name>as::print::FormTemplate</name>
    <message>
        <source>Cannot read the form %1: %2</source>
        <translation>無法讀取表單 %1：%2</translation>
    </message>
    <message>
        <source>The form %1 is not valid JSON (offset %2): %3</source>
        <translation>表單 %1 不是有效的 JSON（位移 %2）：%3</translation>
    </message>
    <message>
        <source>The form %1 names an unknown paper size &quot;%2&quot;.</source>
        <translation>表單 %1 指定了不明的紙張尺寸「%2」。</translation>
    </message>
    <message>
        <source>The form %1 must define the papers A4 and A5.</source>
        <translation>表單 %1 必須定義 A4 和 A5 紙張。</translation>
    </message>
</context>
<context>
    <name>as::print::ReportDocument</name>
    <message>
        <source>Cannot start a new page of the report.</source>
        <translation>無法開始報告的新頁面。</translation>
    </message>
    <message>
        <source>After-sales report %1 · page %2</source>
        <translation>售後報告 %1 · 第 %2 頁</translation>
    </message>
    <message>
        <source>No data in this period.</source>
        <translation>本期無資料。</translation>
    </message>
    <message>
        <source>After-sales monthly report</source>
        <translation>售後服務月報</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Period: %1 (compared with %2)</source>
        <translation>期間：%1（比較 %2）</translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>產生時間：%1</translation>
    </message>
    <message>
        <source>Key performance indicators</source>
        <translation>關鍵績效指標</translation>
    </message>
    <message>
        <source>12-month trends (dashed: target)</source>
        <translation>12 個月趨勢（虛線：目標）</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>開單數</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完工數</translation>
    </message>
    <message>
        <source>Orders opened and completed per week</source>
        <translation>每週開單與完工數</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>未結工單</translation>
    </message>
    <message>
        <source>Backlog at period end by age</source>
        <translation>期末積壓工單（依時長）</translation>
    </message>
    <message>
        <source>Repair orders</source>
        <translation>維修工單</translation>
    </message>
    <message>
        <source>Faults by product model (Pareto, top 12)</source>
        <translation>依產品型號的故障（柏拉圖，前 12）</translation>
    </message>
    <message>
        <source>Complaints by category</source>
        <translation>依類別的客訴</translation>
    </message>
    <message>
        <source>Complaints by responsibility</source>
        <translation>依責任歸屬的客訴</translation>
    </message>
    <message>
        <source>Parts consumption by category (yuan)</source>
        <translation>依類別的零件消耗（元）</translation>
    </message>
    <message>
        <source>Cannot start printing (the printer or file refused to open).</source>
        <translation>無法開始列印（印表機或檔案無法開啟）。</translation>
    </message>
    <message>
        <source>Manager&apos;s notes</source>
        <translation>經理備註</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>技師</translation>
    </message>
    <message>
        <source>Top faults by product model</source>
        <translation>故障最多的產品型號</translation>
    </message>
    <message>
        <source>Complaint summary</source>
        <translation>客訴彙總</translation>
    </message>
    <message>
        <source>(complaints are not recorded in this database)</source>
        <translation>（此資料庫未紀錄客訴）</translation>
    </message>
    <message>
        <source>Parts summary</source>
        <translation>零件彙總</translation>
    </message>
    <message>
        <source>Backlog and weekly volume</source>
        <translation>積壓工單與每週工單量</translation>
    </message>
    <message>
        <source>Printing did not finish.</source>
        <translation>列印未完成。</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>無法寫入 %1：資料夾 %2 不存在。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>After-sales report %1</source>
        <translation>售後報告 %1</translation>
    </message>
</context>
<context>
    <name>as::print::WorkOrderDocument</name>
    <message>
        <source>There is no work order to print.</source>
        <translation>沒有要列印的工單。</translation>
    </message>
    <message>
        <source>Cannot start printing (the printer or file refused to open).</source>
        <translation>無法開始列印（印表機或檔案無法開啟）。</translation>
    </message>
    <message>
        <source>Cannot start a new page for %1.</source>
        <translation>無法為 %1 開始新的一頁。</translation>
    </message>
    <message>
        <source>Printing did not finish.</source>
        <translation>列印未完成。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s)</source>
        <translation>
            <numerusform>%n 張工單</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>as::print::WorkOrderRenderer</name>
    <message>
        <source>Tel. %1</source>
        <translation>電話 %1</translation>
    </message>
    <message>
        <source>After-sales service</source>
        <translation>售後服務</translation>
    </message>
    <message>
        <source>Service Work Order</source>
        <translation>維修工單</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>優先順序：%1</translation>
    </message>
    <message>
        <source>Rework order</source>
        <translation>返修單</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Part code</source>
        <translation>零件編號</translation>
    </message>
    <message>
        <source>Part name</source>
        <translation>零件名稱</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s) in the order record</source>
        <translation>
            <numerusform>… 工單紀錄中還有 %n 列</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — in warranty: free of charge</source>
        <translation>%1 — 保固內：免費</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>工資</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>零件</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>車馬費</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>收據號碼</translation>
    </message>
    <message>
        <source>Recorded: %1, %2</source>
        <translation>已登錄：%1，%2</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>維修技師</translation>
    </message>
    <message>
        <source>Customer acceptance</source>
        <translation>客戶驗收簽名</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>簽名：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>列印於 %1</translation>
    </message>
    <message>
        <source>Service hotline %1</source>
        <translation>服務專線 %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Product model</source>
        <translation>產品型號</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>購買日期</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>保固</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>服務類型</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>開單時間</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>預約</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>故障現象</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>故障診斷</translation>
    </message>
    <message>
        <source>Repair plan / work done</source>
        <translation>維修方案 / 維修內容</translation>
    </message>
    <message>
        <source>Rework of</source>
        <translation>返修原單</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服務</translation>
    </message>
    <message>
        <source>Parts used</source>
        <translation>使用零件</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>Terms of service</source>
        <translation>服務條款</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1（至 %2）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Plan: %1
Done: %2</source>
        <translation>方案：%1
完成：%2</translation>
    </message>
    <message>
        <source>1. Repairs of products in warranty are free of charge unless the fault was caused by misuse, accident or unauthorised repair.
2. Out of warranty (or after misuse) labour, parts and travel are charged as quoted; work starts only after the customer has agreed to the quote.
3. Please check the product before signing. Keep this form: it is your proof of service for warranty claims and follow-up visits.</source>
        <translation>1. 保固期內的產品維修免費，但因使用不當、意外或未經授權的維修造成的故障除外。
2. 保固外（或使用不當）的工資、零件費和車馬費依報價收取；客戶同意報價後才開始維修。
3. 簽名前請檢查產品。請保留本單：它是您申請保固及回訪的服務憑證。</translation>
    </message>
    <message>
        <source>I confirm that the service described above has been completed and the product works properly.</source>
        <translation>本人確認上述服務已完成，產品運作正常。</translation>
    </message>
    <message>
        <source>I confirm that the work above was carried out and checked.</source>
        <translation>本人確認上述工作已完成並經檢查。</translation>
    </message>
</context>
<context>
    <name>as::printing::PrintActions</name>
    <message>
        <source>Printing</source>
        <translation>列印</translation>
    </message>
    <message>
        <source>There is no work order to print.</source>
        <translation>沒有要列印的工單。</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>列印預覽：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s)</source>
        <translation>
            <numerusform>%n 張工單</numerusform>
        </translation>
    </message>
    <message>
        <source>Print work orders</source>
        <translation>列印工單</translation>
    </message>
    <message>
        <source>Save work order as PDF</source>
        <translation>將工單另存為 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>列印(&amp;P)</translation>
    </message>
    <message>
        <source>Preview and print the selected work order</source>
        <translation>預覽並列印選取的工單</translation>
    </message>
    <message>
        <source>Select a service order first.</source>
        <translation>請先選擇一張維修工單。</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>列印預覽(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存為 PDF(&amp;S)…</translation>
    </message>
</context>
</TS>
