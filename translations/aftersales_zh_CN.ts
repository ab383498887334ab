<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <translation>欢迎使用 Aftersales</translation>
    </message>
    <message>
        <source>Aftersales is running without passwords: everyone who starts it acts as the administrator.

Set an administrator password now (recommended)? From then on everyone logs in with their own user, and every change is recorded under their name.</source>
        <translation>Aftersales 当前未设置密码：任何启动它的人都以系统管理员身份操作。

现在设置管理员密码吗（推荐）？之后每个人都用自己的用户登录，每项更改都会记录在其名下。</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>设置密码…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <source>Don&apos;t ask again</source>
        <translation>不再询问</translation>
    </message>
    <message>
        <source>Aftersales cannot start</source>
        <translation>Aftersales 无法启动</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>%1

The newest good backup is from %2 (%3). Restore it? The damaged file is kept beside it.</source>
        <translation>%1

最新的完好备份来自 %2（%3）。要恢复它吗？损坏的文件会保留在旁边。</translation>
    </message>
    <message>
        <source>This database requires a login: add --user NAME and set AFTERSALES_PASSWORD.</source>
        <translation>此数据库需要登录：请添加 --user 用户名 并设置 AFTERSALES_PASSWORD。</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>cumulative %</source>
        <translation>累计 %</translation>
    </message>
</context>
<context>
    <name>as::Actor</name>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>edit customers</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <source>see full phone numbers</source>
        <translation>查看完整电话号码</translation>
    </message>
    <message>
        <source>create service orders</source>
        <translation>创建维修工单</translation>
    </message>
    <message>
        <source>edit service orders</source>
        <translation>编辑维修工单</translation>
    </message>
    <message>
        <source>dispatch service orders</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>work on service orders</source>
        <translation>处理维修工单</translation>
    </message>
    <message>
        <source>cancel service orders</source>
        <translation>取消维修工单</translation>
    </message>
    <message>
        <source>close service orders</source>
        <translation>关闭维修工单</translation>
    </message>
    <message>
        <source>manage the parts catalogue</source>
        <translation>管理配件目录</translation>
    </message>
    <message>
        <source>post stock movements</source>
        <translation>登记库存变动</translation>
    </message>
    <message>
        <source>allow negative stock</source>
        <translation>允许负库存</translation>
    </message>
    <message>
        <source>approve stocktakes</source>
        <translation>审批盘点</translation>
    </message>
    <message>
        <source>approve purchase requests</source>
        <translation>审批采购申请</translation>
    </message>
    <message>
        <source>handle complaints</source>
        <translation>处理投诉</translation>
    </message>
    <message>
        <source>approve compensation, replacement or refund</source>
        <translation>审批赔偿、换货或退款</translation>
    </message>
    <message>
        <source>record follow-up calls</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <source>read reports</source>
        <translation>查看报表</translation>
    </message>
    <message>
        <source>export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>back up and restore</source>
        <translation>备份和恢复</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3.</source>
        <translation>%1（%2）无权%3。</translation>
    </message>
</context>
<context>
    <name>as::AttachmentService</name>
    <message>
        <source>Signed work order</source>
        <translation>客户签字工单</translation>
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
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>File %1 is %2 MB; attachments may be at most %3 MB.</source>
        <translation>文件 %1 为 %2 MB；附件最大 %3 MB。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>File %1 is empty.</source>
        <translation>文件 %1 是空的。</translation>
    </message>
    <message>
        <source>File %1 is larger than %2 MB.</source>
        <translation>文件 %1 超过 %2 MB。</translation>
    </message>
    <message>
        <source>File %1 is not an image or a PDF (%2).</source>
        <translation>文件 %1 不是图片或 PDF（%2）。</translation>
    </message>
    <message>
        <source>Service order %1 does not exist.</source>
        <translation>维修工单 %1 不存在。</translation>
    </message>
    <message>
        <source>Attachment %1 does not exist.</source>
        <translation>附件 %1 不存在。</translation>
    </message>
    <message>
        <source>A reason is required to remove an attachment.</source>
        <translation>移除附件必须填写原因。</translation>
    </message>
    <message>
        <source>The attachment was changed or removed by someone else. Reload to see it.</source>
        <translation>附件已被他人修改或移除。请重新加载查看。</translation>
    </message>
</context>
<context>
    <name>as::BackupController</name>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>备份已写入并校验：%1</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <source>Automatic backup written and verified: %1</source>
        <translation>自动备份已写入并校验：%1</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backing up to %1 …</source>
        <translation>正在备份到 %1 …</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Aftersales backups (*.db);;All files (*)</source>
        <translation>Aftersales 备份 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Replace all data in %1 with the backup %2?

The current data is first saved as a backup.</source>
        <translation>用备份 %2 替换 %1 中的全部数据吗？

当前数据会先保存为一个备份。</translation>
    </message>
    <message>
        <source>Restore refused</source>
        <translation>拒绝恢复</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>The data was restored from %1.</source>
        <translation>数据已从 %1 恢复。</translation>
    </message>
</context>
<context>
    <name>as::BackupService</name>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>备份 %1 不存在。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be opened: %2</source>
        <translation>无法打开备份 %1：%2</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: %2</source>
        <translation>备份 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1 is not an Aftersales backup.</source>
        <translation>%1 不是 Aftersales 备份。</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of Aftersales (schema %2).</source>
        <translation>备份 %1 由较新版本的 Aftersales 创建（结构版本 %2）。</translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server: back it up with the server&apos;s tools (pg_dump).</source>
        <translation>此数据库位于 PostgreSQL 服务器上：请用服务器的工具（pg_dump）备份。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The folder %1 is read-only.</source>
        <translation>文件夹 %1 是只读的。</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be created: %2</source>
        <translation>无法创建备份文件 %1：%2</translation>
    </message>
    <message>
        <source>Backing up to %1 failed: %2</source>
        <translation>备份到 %1 失败：%2</translation>
    </message>
    <message>
        <source>The backup could not be given its name %1.</source>
        <translation>无法将备份命名为 %1。</translation>
    </message>
    <message>
        <source>The backup folder %1 could not be created.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>The old backup %1 could not be removed.</source>
        <translation>无法删除旧备份 %1。</translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server: restore it with the server&apos;s tools (pg_restore).</source>
        <translation>此数据库位于 PostgreSQL 服务器上：请用服务器的工具（pg_restore）恢复。</translation>
    </message>
    <message>
        <source>%1 on %2 (%3, last seen %4 UTC)</source>
        <translation>%2 上的 %1（%3，最后活动 %4 UTC）</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message numerus="yes">
        <source>The database is in use by %n other session(s): %1. Close them before restoring.</source>
        <translation>
            <numerusform>数据库正被 %n 个其他会话使用：%1。请先关闭它们再恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>No restore: the safety backup of the current data failed: %1</source>
        <translation>未恢复：当前数据的安全备份失败：%1</translation>
    </message>
    <message>
        <source>Restoring from %1 failed (%2); the database is unchanged.</source>
        <translation>从 %1 恢复失败（%2）；数据库未改变。</translation>
    </message>
    <message>
        <source>The damaged database %1 could not be moved aside.</source>
        <translation>无法移开已损坏的数据库 %1。</translation>
    </message>
    <message>
        <source>The backup %1 could not be copied to %2.</source>
        <translation>无法将备份 %1 复制到 %2。</translation>
    </message>
    <message>
        <source>The restored copy could not be renamed to %1.</source>
        <translation>无法将恢复的副本重命名为 %1。</translation>
    </message>
</context>
<context>
    <name>as::BatchPrintDialog</name>
    <message>
        <source>Print work orders for a day</source>
        <translation>打印某天的工单</translation>
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
        <translation>技师(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>There are no technicians yet (Tools &gt; Users…).</source>
        <translation>还没有技师（工具 &gt; 用户…）。</translation>
    </message>
    <message>
        <source>%1  %2  %3 — %4</source>
        <translation>%1  %2  %3 — %4</translation>
    </message>
    <message>
        <source>No appointments that day.</source>
        <translation>当天没有预约。</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) with an appointment that day, one page each.</source>
        <translation>
            <numerusform>当天有预约的工单 %n 张，每张一页。</numerusform>
        </translation>
    </message>
    <message>
        <source>work-orders-%1-%2.pdf</source>
        <translation>工单-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Save work orders as PDF</source>
        <translation>将工单另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
</context>
<context>
    <name>as::BulkWriter</name>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>The database is busy: another PC kept it locked for too long. Nothing was saved; please try again.</source>
        <translation>数据库繁忙：另一台电脑锁定时间过长。未保存任何内容，请重试。</translation>
    </message>
    <message>
        <source>The change conflicts with existing data (%1).</source>
        <translation>此更改与现有数据冲突（%1）。</translation>
    </message>
</context>
<context>
    <name>as::CalendarDays</name>
    <message>
        <source>Date is required.</source>
        <translation>日期为必填项。</translation>
    </message>
    <message>
        <source>Name is too long (at most 60 characters).</source>
        <translation>名称过长（最多 60 个字符）。</translation>
    </message>
    <message>
        <source>%1 is not a holiday or make-up day.</source>
        <translation>%1 不是节假日或调休工作日。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time range like 09:00-12:00.</source>
        <translation>%1：“%2”不是 09:00-12:00 这样的时间段。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must start before it ends, within one day.</source>
        <translation>%1：“%2”的开始时间必须早于结束时间，且在同一天内。</translation>
    </message>
    <message>
        <source>%1: the ranges overlap or are out of order.</source>
        <translation>%1：时间段重叠或顺序不对。</translation>
    </message>
</context>
<context>
    <name>as::CalendarSettings</name>
    <message>
        <source>Acknowledge a new request</source>
        <translation>受理新请求</translation>
    </message>
    <message>
        <source>Dispatch after opening</source>
        <translation>登记后派工</translation>
    </message>
    <message>
        <source>Technician contacts the customer after dispatch</source>
        <translation>派工后技师联系客户</translation>
    </message>
    <message>
        <source>Resolve a general problem</source>
        <translation>解决一般问题</translation>
    </message>
    <message>
        <source>Resolve a complex problem</source>
        <translation>解决复杂问题</translation>
    </message>
    <message>
        <source>On-site visit when needed</source>
        <translation>需要时上门</translation>
    </message>
    <message>
        <source>Keep the customer informed every</source>
        <translation>向客户通报进度的间隔</translation>
    </message>
    <message>
        <source>Acknowledge a complaint</source>
        <translation>受理投诉</translation>
    </message>
    <message>
        <source>Propose a remedy for a complaint</source>
        <translation>提出投诉处理方案</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>工作时间</translation>
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
        <translation>调休工作日</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>Save working hours</source>
        <translation>保存工作时间</translation>
    </message>
    <message>
        <source>Public holidays and make-up working days</source>
        <translation>法定节假日与调休工作日</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>e.g. National Day</source>
        <translation>例如：国庆节</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <source>Service level rules</source>
        <translation>服务时限规则</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Warn &quot;due soon&quot; this long before a deadline</source>
        <translation>截止前多久提示“即将到期”</translation>
    </message>
    <message>
        <source>working minutes</source>
        <translation>工作分钟</translation>
    </message>
    <message>
        <source>minutes (around the clock)</source>
        <translation>分钟（全天计算）</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Save service level rules</source>
        <translation>保存服务时限规则</translation>
    </message>
    <message>
        <source>Changes apply to orders opened from now on; deadlines already set stay as they are.</source>
        <translation>更改只对今后登记的工单生效；已设定的时限保持不变。</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>已删除。</translation>
    </message>
    <message>
        <source>Working hours saved.</source>
        <translation>工作时间已保存。</translation>
    </message>
    <message>
        <source>Service level rules saved.</source>
        <translation>服务时限规则已保存。</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 已保存。</translation>
    </message>
</context>
<context>
    <name>as::CallPanel</name>
    <message>
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开单时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>故障现象</translation>
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
        <translation>拒绝回访(&amp;F)</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>5 – very satisfied</source>
        <translation>5 – 非常满意</translation>
    </message>
    <message>
        <source>4 – satisfied</source>
        <translation>4 – 满意</translation>
    </message>
    <message>
        <source>3 – neutral</source>
        <translation>3 – 一般</translation>
    </message>
    <message>
        <source>2 – dissatisfied</source>
        <translation>2 – 不满意</translation>
    </message>
    <message>
        <source>1 – very dissatisfied</source>
        <translation>1 – 非常不满意</translation>
    </message>
    <message>
        <source>New service &amp;need: open a new order after recording</source>
        <translation>有新的服务需求(&amp;N)：记录后新建工单</translation>
    </message>
    <message>
        <source>Record call (Ctrl+Enter)</source>
        <translation>记录回访 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&amp;Satisfaction</source>
        <translation>满意度(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translation>备注(&amp;C)</translation>
    </message>
    <message>
        <source>Call outcome</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>Order history</source>
        <translation>工单历史</translation>
    </message>
    <message>
        <source>Select a call in the list.</source>
        <translation>请在列表中选择一条回访。</translation>
    </message>
    <message>
        <source>Product: %1, serial %2</source>
        <translation>产品：%1，序列号 %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Order %1: %2. Work done: %3</source>
        <translation>工单 %1：%2。维修内容：%3</translation>
    </message>
    <message>
        <source>%1, due %2. %3</source>
        <translation>%1，应于 %2 前回访。%3</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) after acceptance</source>
        <translation>
            <numerusform>验收后 %n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>Earlier calls:</source>
        <translation>以往回访：</translation>
    </message>
    <message>
        <source>No new order was saved; the call is not recorded yet. Untick &quot;new service need&quot; to record it without an order.</source>
        <translation>未保存新工单，本次回访尚未记录。取消勾选“有新的服务需求”即可不建工单直接记录。</translation>
    </message>
</context>
<context>
    <name>as::ComplaintAnalysisView</name>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
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
        <translation>类别</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>责任归属</translation>
    </message>
    <message>
        <source>Product model</source>
        <translation>产品型号</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Received &amp;from</source>
        <translation>投诉日期从(&amp;F)</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>至(&amp;O)</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>By responsibility</source>
        <translation>按责任归属</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月份</translation>
    </message>
    <message>
        <source>By product model</source>
        <translation>按产品型号</translation>
    </message>
    <message>
        <source>Repeat customers (2 or more complaints)</source>
        <translation>重复投诉客户（2 次及以上）</translation>
    </message>
    <message>
        <source>%1 complaints, %2 still open. Caused by service: %3 (%4 %), the numerator of the complaint rate.</source>
        <translation>共 %1 件投诉，%2 件未结案。服务责任：%3 件（%4 %），即投诉率的分子。</translation>
    </message>
    <message>
        <source>(no model)</source>
        <translation>（无型号）</translation>
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
        <translation>%1 既不是 12365auto 汽车投诉文件，也不是 CFPB 投诉导出文件（表头无法识别）。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>as::ComplaintListModel</name>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>下一期限</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>投诉时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>责任归属</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>已超时 %1</translation>
    </message>
</context>
<context>
    <name>as::ComplaintService</name>
    <message>
        <source>Customer is required: pick an existing customer or create one.</source>
        <translation>必须选择客户：请选已有客户或新建一个。</translation>
    </message>
    <message>
        <source>Content is required: write what the customer complains about.</source>
        <translation>投诉内容为必填项：请写明客户投诉的问题。</translation>
    </message>
    <message>
        <source>Content is too long (at most 32000 characters).</source>
        <translation>投诉内容过长（最多 32000 个字符）。</translation>
    </message>
    <message>
        <source>Contact phone &quot;%1&quot; is not a valid phone number.</source>
        <translation>联系电话“%1”不是有效的电话号码。</translation>
    </message>
    <message>
        <source>Reception time is in the future.</source>
        <translation>投诉时间晚于当前时间。</translation>
    </message>
    <message>
        <source>Product %1 is registered to another customer.</source>
        <translation>产品 %1 登记在另一位客户名下。</translation>
    </message>
    <message>
        <source>Service order %1 does not exist.</source>
        <translation>维修工单 %1 不存在。</translation>
    </message>
    <message>
        <source>A service order concerned belongs to another customer.</source>
        <translation>所涉及的维修工单属于其他客户。</translation>
    </message>
    <message>
        <source>Complaint %1 does not exist.</source>
        <translation>投诉 %1 不存在。</translation>
    </message>
    <message>
        <source>There is no complaint %1.</source>
        <translation>没有投诉 %1。</translation>
    </message>
    <message>
        <source>Complaint %1 was changed by someone else after you opened it. Reload to see their change.</source>
        <translation>您打开后，投诉 %1 已被他人修改。请重新加载查看。</translation>
    </message>
    <message>
        <source>%1 of complaint %2 needs a manager&apos;s approval; %3 (%4) may not approve it.</source>
        <translation>投诉 %2 的“%1”需要经理审批；%3（%4）无权审批。</translation>
    </message>
    <message>
        <source>Remedy is required to propose a remedy.</source>
        <translation>提出处理方案时必须选择处理方式。</translation>
    </message>
    <message>
        <source>Compensation amount is required for a compensation.</source>
        <translation>赔偿必须填写赔偿金额。</translation>
    </message>
    <message>
        <source>An amount only goes with a compensation or a refund.</source>
        <translation>只有赔偿或退款才能填写金额。</translation>
    </message>
    <message>
        <source>There is no remedy to approve.</source>
        <translation>没有待审批的处理方案。</translation>
    </message>
    <message>
        <source>Write why the customer is not satisfied.</source>
        <translation>请写明客户不满意的原因。</translation>
    </message>
    <message>
        <source>Complaint %1 is already acknowledged.</source>
        <translation>投诉 %1 已受理。</translation>
    </message>
    <message>
        <source>Complaint %1 cannot go from %2 to %3.</source>
        <translation>投诉 %1 不能从“%2”变为“%3”。</translation>
    </message>
    <message>
        <source>Complaint %1 is closed; it can no longer be changed.</source>
        <translation>投诉 %1 已结案，不能再修改。</translation>
    </message>
    <message>
        <source>The remedy of complaint %1 is approved; it cannot be changed now.</source>
        <translation>投诉 %1 的处理方案已审批，现在不能修改。</translation>
    </message>
    <message>
        <source>Compensation amount cannot be negative.</source>
        <translation>赔偿金额不能为负数。</translation>
    </message>
    <message>
        <source>The responsible person does not exist.</source>
        <translation>负责人不存在。</translation>
    </message>
    <message>
        <source>Tick at least one order to link.</source>
        <translation>请至少勾选一张要关联的工单。</translation>
    </message>
    <message>
        <source>Order %1 belongs to another customer; it cannot be linked to complaint %2.</source>
        <translation>工单 %1 属于其他客户，不能关联到投诉 %2。</translation>
    </message>
</context>
<context>
    <name>as::ComplaintStepDialog</name>
    <message>
        <source>Customer not satisfied…</source>
        <translation>客户不满意…</translation>
    </message>
    <message>
        <source>Start investigation</source>
        <translation>开始调查</translation>
    </message>
    <message>
        <source>Propose remedy…</source>
        <translation>提出处理方案…</translation>
    </message>
    <message>
        <source>Approve remedy…</source>
        <translation>审批处理方案…</translation>
    </message>
    <message>
        <source>Customer informed…</source>
        <translation>已告知客户…</translation>
    </message>
    <message>
        <source>Customer satisfied: close…</source>
        <translation>客户满意：结案…</translation>
    </message>
    <message>
        <source>Complaint %1: %2</source>
        <translation>投诉 %1：%2</translation>
    </message>
    <message>
        <source>&amp;Remedy</source>
        <translation>处理方式(&amp;R)</translation>
    </message>
    <message>
        <source>Amount (compensation or refund)</source>
        <translation>金额（赔偿或退款）</translation>
    </message>
    <message>
        <source>Res&amp;ponsibility</source>
        <translation>责任归属(&amp;P)</translation>
    </message>
    <message>
        <source>Root &amp;cause</source>
        <translation>根本原因(&amp;C)</translation>
    </message>
    <message>
        <source>Compensation, replacement and refund need a manager&apos;s approval.</source>
        <translation>赔偿、换货和退款需要经理审批。</translation>
    </message>
    <message>
        <source>Why the customer is not satisfied (required)</source>
        <translation>客户不满意的原因（必填）</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>客户的反馈</translation>
    </message>
    <message>
        <source>Customer &amp;feedback</source>
        <translation>客户反馈(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
</context>
<context>
    <name>as::ComplaintWindow</name>
    <message>
        <source>(not decided)</source>
        <translation>（未确定）</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>（尚未指派）</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>保存更改(&amp;S)</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Customer expects</source>
        <translation>客户诉求</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>调查记录</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>责任归属</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>客户的反馈</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Product and orders</source>
        <translation>产品与工单</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>投诉 %1</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>投诉时间 %1</translation>
    </message>
    <message>
        <source>%1 done %2</source>
        <translation>%1 已于 %2 完成</translation>
    </message>
    <message>
        <source>%1 OVERDUE since %2</source>
        <translation>%1 自 %2 起已超时</translation>
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
        <translation>提出处理方案</translation>
    </message>
    <message>
        <source>Approved %1</source>
        <translation>已于 %1 审批</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>已于 %1 结案</translation>
    </message>
    <message numerus="yes">
        <source>Reopened %n time(s)</source>
        <translation>
            <numerusform>重新处理 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repeat case: %n order(s) or complaint(s) in the last 12 months.</source>
        <translation>
            <numerusform>重复案例：最近 12 个月内有 %n 张工单或投诉。</numerusform>
        </translation>
    </message>
    <message>
        <source>No product model.</source>
        <translation>无产品型号。</translation>
    </message>
    <message>
        <source>Order %1 (%2)</source>
        <translation>工单 %1（%2）</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到投诉</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Details changed</source>
        <translation>详情已修改</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Customer not satisfied: %1</source>
        <translation>客户不满意：%1</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Link orders…</source>
        <translation>关联工单(&amp;L)…</translation>
    </message>
    <message>
        <source>Orders linked</source>
        <translation>已关联工单</translation>
    </message>
</context>
<context>
    <name>as::ComplaintsExport</name>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
</context>
<context>
    <name>as::ComplaintsImport</name>
    <message>
        <source>the complaint number is longer than 40 characters</source>
        <translation>投诉单号超过 40 个字符</translation>
    </message>
    <message>
        <source>duplicate complaint number %1: also in row %2</source>
        <translation>投诉单号 %1 重复：第 %2 行也有</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number</source>
        <translation>“%1”不是有效的电话号码</translation>
    </message>
    <message>
        <source>a customer name is required with the phone number</source>
        <translation>填写电话时必须同时填写客户名称</translation>
    </message>
    <message>
        <source>an amount only goes with remedy compensation or refund</source>
        <translation>只有处理方式为赔偿或退款时才能填写金额</translation>
    </message>
    <message>
        <source>closed_at is before received_at</source>
        <translation>结案时间早于投诉时间</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: yes, no</source>
        <translation>“%1”不是 yes 或 no</translation>
    </message>
    <message>
        <source>%1 is in the future</source>
        <translation>%1 在未来</translation>
    </message>
    <message>
        <source>complaint %1 is already in the database</source>
        <translation>投诉 %1 已在数据库中</translation>
    </message>
    <message>
        <source>there is no service order %1 in the database</source>
        <translation>数据库中没有维修工单 %1</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>new customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Imported history</source>
        <translation>导入的历史记录</translation>
    </message>
    <message>
        <source>The complaint of row %1 was not stored.</source>
        <translation>第 %1 行的投诉未能保存。</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
</context>
<context>
    <name>as::ComplaintsPage</name>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Search by number, customer, phone or words of the complaint</source>
        <translation>按单号、客户、电话或投诉内容搜索</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>未结案投诉</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Any responsibility</source>
        <translation>全部责任归属</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>全部严重程度</translation>
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
        <translation>即将到期</translation>
    </message>
    <message>
        <source>&amp;New complaint…</source>
        <translation>新建投诉(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Received &amp;from</source>
        <translation>投诉日期从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>The &quot;received to&quot; date is before the &quot;received from&quot; date.</source>
        <translation>投诉结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Showing the first %1 complaints; scroll for more.</source>
        <translation>显示前 %1 件投诉；向下滚动查看更多。</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n 件投诉</numerusform>
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
        <translation>您打开 %1 之后，他人已保存了它。请比较两个版本：</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>您的版本</translation>
    </message>
    <message>
        <source>Saved by the other user</source>
        <translation>其他用户保存的版本</translation>
    </message>
    <message>
        <source>Keep theirs (reload)</source>
        <translation>保留对方的（重新加载）</translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation>用我的覆盖对方的</translation>
    </message>
    <message>
        <source>Another PC is saving to the database; waiting to save yours…</source>
        <translation>另一台电脑正在写入数据库；正在等待保存您的更改…</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>停止等待</translation>
    </message>
    <message>
        <source>Waiting for another PC</source>
        <translation>正在等待另一台电脑</translation>
    </message>
</context>
<context>
    <name>as::CsvReader</name>
    <message>
        <source>%1: the file starts with a UTF-8 mark but is not valid UTF-8.</source>
        <translation>%1：文件以 UTF-8 标记开头，但不是有效的 UTF-8。</translation>
    </message>
    <message>
        <source>%1 is not UTF-8, and this system cannot read GBK. Save the file as &quot;CSV UTF-8&quot;.</source>
        <translation>%1 不是 UTF-8 编码，而本系统无法读取 GBK。请将文件另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>%1 is not a text file (it contains zero bytes); choose a CSV or XLSX file.</source>
        <translation>%1 不是文本文件（含有零字节）；请选择 CSV 或 XLSX 文件。</translation>
    </message>
    <message>
        <source>CSV (%1)</source>
        <translation>CSV（%1）</translation>
    </message>
    <message>
        <source>%1:%2: a quoted cell that starts here is never closed (is the file cut off?).</source>
        <translation>%1:%2：从此处开始的带引号单元格没有结束（文件是否被截断？）。</translation>
    </message>
    <message>
        <source>%1 is neither UTF-8 nor GBK (nor Big5) text. Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>%1 既不是 UTF-8，也不是 GBK（或 Big5）文本。请另存为“CSV UTF-8”后重试。</translation>
    </message>
</context>
<context>
    <name>as::CustomerDetailDialog</name>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <source>Warranty today</source>
        <translation>当前保修状态</translation>
    </message>
    <message>
        <source>Covered until</source>
        <translation>保修截止</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开单时间</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>故障现象</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Service orders</source>
        <translation>维修工单</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>&amp;Edit customer…</source>
        <translation>编辑客户(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Register product…</source>
        <translation>登记产品(&amp;R)…</translation>
    </message>
    <message>
        <source>Edit &amp;product…</source>
        <translation>编辑产品(&amp;P)…</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>电子邮箱：%1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>Customer since %1</source>
        <translation>自 %1 起成为客户</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message numerus="yes">
        <source>Repeat case: %n order(s) in 12 months</source>
        <translation>
            <numerusform>重复案例：12 个月内 %n 张工单</numerusform>
        </translation>
    </message>
    <message>
        <source>Products (%1)</source>
        <translation>产品（%1）</translation>
    </message>
    <message>
        <source>Service orders (%1)</source>
        <translation>维修工单（%1）</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>编辑产品</translation>
    </message>
    <message>
        <source>Select a product first.</source>
        <translation>请先选择一个产品。</translation>
    </message>
</context>
<context>
    <name>as::CustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>e.g. 13800138000 or 010-62345678</source>
        <translation>例如 13800138000 或 010-62345678</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>姓名(&amp;N) *</translation>
    </message>
    <message>
        <source>&amp;Phone *</source>
        <translation>电话(&amp;P) *</translation>
    </message>
    <message>
        <source>Second p&amp;hone</source>
        <translation>备用电话(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>电子邮箱(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>类型(&amp;T)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Edit customer %1</source>
        <translation>编辑客户 %1</translation>
    </message>
    <message>
        <source>The phone %1 already belongs to: %2. Check that this is not the same customer; press &quot;Save anyway&quot; to create another record.</source>
        <translation>电话 %1 已属于：%2。请确认不是同一位客户；点击“仍然保存”可另建一条记录。</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Second phone</source>
        <translation>备用电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>客户 %1</translation>
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
        <translation>电话</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>最近工单</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>成为客户日期</translation>
    </message>
</context>
<context>
    <name>as::CustomerPicker</name>
    <message>
        <source>No customer matches &quot;%1&quot;.</source>
        <translation>没有与“%1”匹配的客户。</translation>
    </message>
    <message>
        <source>Phone fragment or name, then Down and Enter</source>
        <translation>输入部分电话或姓名，再按↓和回车</translation>
    </message>
    <message>
        <source>No customer chosen yet.</source>
        <translation>尚未选择客户。</translation>
    </message>
    <message numerus="yes">
        <source>Repeat case: %n order(s) or complaint(s) in the last 12 months.</source>
        <translation>
            <numerusform>重复案例：最近 12 个月内有 %n 张工单或投诉。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>as::CustomerService</name>
    <message>
        <source>Name is required.</source>
        <translation>必须填写姓名。</translation>
    </message>
    <message>
        <source>Name is too long (at most 100 characters).</source>
        <translation>姓名太长（最多 100 个字符）。</translation>
    </message>
    <message>
        <source>Phone is required.</source>
        <translation>必须填写电话。</translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot; is not a valid phone number (mobile 11 digits, landline with area code, or +country code).</source>
        <translation>电话“%1”不是有效的电话号码（手机 11 位，固话需带区号，或 +国家代码）。</translation>
    </message>
    <message>
        <source>Second phone &quot;%1&quot; is not a valid phone number.</source>
        <translation>备用电话“%1”不是有效的电话号码。</translation>
    </message>
    <message>
        <source>E-mail &quot;%1&quot; is not a valid address.</source>
        <translation>电子邮箱“%1”不是有效的地址。</translation>
    </message>
    <message>
        <source>Address is too long (at most 300 characters).</source>
        <translation>地址太长（最多 300 个字符）。</translation>
    </message>
    <message>
        <source>Model is required.</source>
        <translation>必须填写型号。</translation>
    </message>
    <message>
        <source>Serial number is too long (at most 64 characters).</source>
        <translation>序列号太长（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>Purchase date %1 is in the future.</source>
        <translation>购买日期 %1 在未来。</translation>
    </message>
    <message>
        <source>Manufacture date %1 is in the future.</source>
        <translation>生产日期 %1 在未来。</translation>
    </message>
    <message>
        <source>Installation date %1 is in the future.</source>
        <translation>安装日期 %1 在未来。</translation>
    </message>
    <message>
        <source>Manufacture date is after the purchase date.</source>
        <translation>生产日期晚于购买日期。</translation>
    </message>
    <message>
        <source>Warranty months must be between 0 and 240.</source>
        <translation>保修月数必须在 0 到 240 之间。</translation>
    </message>
    <message>
        <source>Overriding the warranty status needs a written reason.</source>
        <translation>修改保修状态需要填写原因。</translation>
    </message>
    <message>
        <source>Customer %1 was changed by someone else after you opened it. Reload to see their change.</source>
        <translation>您打开客户 %1 之后，他人修改了它。请重新加载以查看其更改。</translation>
    </message>
    <message>
        <source>Archiving a customer needs a reason.</source>
        <translation>归档客户需要填写原因。</translation>
    </message>
    <message>
        <source>The customer was changed or archived by someone else. Reload and try again.</source>
        <translation>该客户已被他人修改或归档。请重新加载后重试。</translation>
    </message>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation>客户 %1 不存在。</translation>
    </message>
    <message>
        <source>Serial number %1 is already registered (to customer %2).</source>
        <translation>序列号 %1 已登记（属于客户 %2）。</translation>
    </message>
    <message>
        <source>Product %1 was changed by someone else after you opened it. Reload to see their change.</source>
        <translation>您打开产品 %1 之后，他人修改了它。请重新加载以查看其更改。</translation>
    </message>
    <message>
        <source>Product registration %1 does not exist.</source>
        <translation>产品登记 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>as::CustomersImport</name>
    <message>
        <source>the name is %1 characters long; at most 100 are allowed</source>
        <translation>姓名长 %1 个字符；最多允许 100 个</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number (mobile 11 digits, landline with area code, or +country code)</source>
        <translation>“%1”不是有效的电话号码（手机 11 位，固话需带区号，或 +国家代码）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address</source>
        <translation>“%1”不是有效的电子邮箱地址</translation>
    </message>
    <message>
        <source>the address is %1 characters long; at most 300 are allowed</source>
        <translation>地址长 %1 个字符；最多允许 300 个</translation>
    </message>
    <message>
        <source>a model is required when the row has a product (serial, purchase date or warranty)</source>
        <translation>该行含有产品信息（序列号、购买日期或保修）时必须填写型号</translation>
    </message>
    <message>
        <source>the serial number is longer than 64 characters</source>
        <translation>序列号超过 64 个字符</translation>
    </message>
    <message>
        <source>the purchase date %1 is in the future</source>
        <translation>购买日期 %1 在未来</translation>
    </message>
    <message>
        <source>duplicate serial %1: also in row %2</source>
        <translation>序列号 %1 重复：第 %2 行也有</translation>
    </message>
    <message>
        <source>duplicate serial %1: already registered to another product</source>
        <translation>序列号 %1 重复：已登记在另一产品上</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>existing customers</source>
        <translation>已有客户</translation>
    </message>
    <message>
        <source>products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
</context>
<context>
    <name>as::CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Search by phone, name, serial number or order number</source>
        <translation>按电话、姓名、序列号或工单号搜索</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Showing the first %1 customers; scroll for more.</source>
        <translation>显示前 %1 位客户；滚动查看更多。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 位客户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>as::Database</name>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL 服务器</translation>
    </message>
    <message>
        <source>shared folder</source>
        <translation>共享文件夹</translation>
    </message>
    <message>
        <source>local file</source>
        <translation>本地文件</translation>
    </message>
    <message>
        <source>No database location given.</source>
        <translation>未指定数据库位置。</translation>
    </message>
    <message>
        <source>Not a valid PostgreSQL address: %1 (expected postgresql://user@host:port/dbname).</source>
        <translation>不是有效的 PostgreSQL 地址：%1（应为 postgresql://user@host:port/dbname）。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Aftersales (schema %2; this program knows up to %3). It was left untouched; install the newer version.</source>
        <translation>数据库 %1 由较新版本的 Aftersales 写入（结构版本 %2；本程序最高支持 %3）。数据库未被改动；请安装较新版本。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not an Aftersales database. It was left untouched.</source>
        <translation>%1 是 SQLite 数据库，但不是 Aftersales 数据库。它未被改动。</translation>
    </message>
    <message>
        <source>The database %1 was not upgraded because the backup before the upgrade failed: %2</source>
        <translation>数据库 %1 未升级，因为升级前的备份失败：%2</translation>
    </message>
    <message>
        <source>The database %1 needs an upgrade (schema %2 to %3). Run: aftersales-cli init</source>
        <translation>数据库 %1 需要升级（结构版本 %2 到 %3）。请运行：aftersales-cli init</translation>
    </message>
    <message>
        <source>The folder %1 does not exist, so the database %2 cannot be opened or created.</source>
        <translation>文件夹 %1 不存在，因此无法打开或创建数据库 %2。</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: %2</source>
        <translation>无法读取数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not an Aftersales database (it is not an SQLite file). Nothing was changed.</source>
        <translation>%1 不是 Aftersales 数据库（不是 SQLite 文件）。未做任何更改。</translation>
    </message>
    <message>
        <source>The database %1 is read-only: Aftersales needs to write to it.</source>
        <translation>数据库 %1 是只读的：Aftersales 需要写入它。</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>数据库 %1 不存在。</translation>
    </message>
    <message>
        <source>The folder %1 is read-only: the database needs to write its journal there.</source>
        <translation>文件夹 %1 是只读的：数据库需要在那里写入日志文件。</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>未安装 Qt 的 SQLite 驱动（软件包 libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Nothing was changed.</source>
        <translation>数据库 %1 已损坏（%2）。未做任何更改。</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>Could not connect to the PostgreSQL server %1: %2</source>
        <translation>无法连接到 PostgreSQL 服务器 %1：%2</translation>
    </message>
    <message>
        <source>The database %1 could not be switched to %2 journal mode (it is %3): another PC probably has it open in a different mode.</source>
        <translation>无法将数据库 %1 切换到 %2 日志模式（当前为 %3）：可能有另一台电脑以不同模式打开了它。</translation>
    </message>
    <message>
        <source>The database is busy: another PC kept it locked for too long. Nothing was saved; please try again.</source>
        <translation>数据库繁忙：另一台电脑锁定时间过长。未保存任何内容，请重试。</translation>
    </message>
    <message>
        <source>The change conflicts with existing data (%1).</source>
        <translation>此更改与现有数据冲突（%1）。</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>Database error: the new record&apos;s id was not returned.</source>
        <translation>数据库错误：未返回新记录的编号。</translation>
    </message>
</context>
<context>
    <name>as::DateField</name>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>as::DemoGenerator</name>
    <message>
        <source>--orders must be between 0 and 20000000.</source>
        <translation>--orders 必须在 0 到 20000000 之间。</translation>
    </message>
    <message>
        <source>The database %1 already holds customers; demo data goes into an empty database.</source>
        <translation>数据库 %1 已有客户；演示数据只能写入空数据库。</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>service orders</source>
        <translation>维修工单</translation>
    </message>
    <message>
        <source>indexes</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>statistics</source>
        <translation>统计信息</translation>
    </message>
    <message>
        <source>follow-up calls</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>complaint events</source>
        <translation>投诉记录</translation>
    </message>
</context>
<context>
    <name>as::DepotService</name>
    <message>
        <source>The repair record was changed by someone else after you opened it. Reload to see their change.</source>
        <translation>您打开后，维修记录已被他人修改。请重新加载查看。</translation>
    </message>
    <message>
        <source>Model is required to register a unit received for repair.</source>
        <translation>登记送修产品时必须填写型号。</translation>
    </message>
    <message>
        <source>Quantity must be at least 1.</source>
        <translation>数量至少为 1。</translation>
    </message>
    <message>
        <source>Service order %1 does not exist.</source>
        <translation>维修工单 %1 不存在。</translation>
    </message>
    <message>
        <source>Service order %1 is not a carry-in repair; only carry-in orders have a receiving register.</source>
        <translation>维修工单 %1 不是送修工单；只有送修工单才有收货登记。</translation>
    </message>
    <message>
        <source>Service order %1 is already closed or cancelled.</source>
        <translation>维修工单 %1 已结案或已取消。</translation>
    </message>
    <message>
        <source>The unit of service order %1 was already received.</source>
        <translation>维修工单 %1 的产品已登记收货。</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Received for repair</source>
        <translation>收货送修</translation>
    </message>
    <message>
        <source>The unit has not been received yet.</source>
        <translation>产品尚未登记收货。</translation>
    </message>
    <message>
        <source>The technician already confirmed the charges.</source>
        <translation>维修技师已确认费用。</translation>
    </message>
    <message>
        <source>Quality control confirms the charges after the technician.</source>
        <translation>质检须在维修技师之后确认费用。</translation>
    </message>
    <message>
        <source>Quality control already confirmed the charges.</source>
        <translation>质检已确认费用。</translation>
    </message>
    <message>
        <source>Quality control must be a different person from the technician who confirmed the charges.</source>
        <translation>质检确认人必须与确认费用的维修技师不是同一人。</translation>
    </message>
    <message>
        <source>Tester is required for the QC test record.</source>
        <translation>质检记录必须填写检测人。</translation>
    </message>
    <message>
        <source>Burn-in hours must be between 0 and 1000.</source>
        <translation>老化时长必须在 0 到 1000 小时之间。</translation>
    </message>
    <message>
        <source>Describe what failed in the QC note.</source>
        <translation>请在质检备注中说明不合格项。</translation>
    </message>
    <message>
        <source>The unit was already shipped back.</source>
        <translation>产品已寄回。</translation>
    </message>
    <message>
        <source>Courier is required to ship the unit back.</source>
        <translation>寄回产品必须填写快递公司。</translation>
    </message>
    <message>
        <source>Tracking number is required to ship the unit back.</source>
        <translation>寄回产品必须填写运单号。</translation>
    </message>
    <message>
        <source>The unit can be shipped back only after it passed the QC test.</source>
        <translation>产品须通过质检后才能寄回。</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>维修车间</translation>
    </message>
    <message>
        <source>Tracking number %1</source>
        <translation>运单号 %1</translation>
    </message>
    <message>
        <source>Say who hands the unit over.</source>
        <translation>请填写交出人。</translation>
    </message>
    <message>
        <source>Say who receives the unit.</source>
        <translation>请填写接收人。</translation>
    </message>
    <message>
        <source>Parts cannot be issued to this carry-in repair yet: the technician and quality control must first confirm the charges.</source>
        <translation>此送修工单暂不能领用配件：须先由维修技师和质检确认费用。</translation>
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
        <translation>工单</translation>
    </message>
    <message>
        <source>Dispatch by</source>
        <translation>派工截止</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>故障现象</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>维修技师</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>未结工单</translation>
    </message>
    <message>
        <source>Visits that day</source>
        <translation>当天上门</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>上门时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>改约</translation>
    </message>
    <message>
        <source>&amp;Assign to technician</source>
        <translation>派给技师(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Book visit…</source>
        <translation>预约上门(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>改约(&amp;R)…</translation>
    </message>
    <message>
        <source>Waiting for a technician</source>
        <translation>待派工</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Visits of the chosen technician that day, and orders not yet booked:</source>
        <translation>所选技师当天的上门安排及尚未预约的工单：</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>not booked</source>
        <translation>未预约</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an order on the left and a technician on the right.</source>
        <translation>请在左侧选择工单，在右侧选择技师。</translation>
    </message>
    <message>
        <source>The board has been reloaded.</source>
        <translation>派工看板已刷新。</translation>
    </message>
    <message>
        <source>Choose one of the technician&apos;s orders below.</source>
        <translation>请在下方选择该技师的一张工单。</translation>
    </message>
    <message>
        <source>Order %1 has no visit booked yet: book it first.</source>
        <translation>工单 %1 尚未预约上门：请先预约。</translation>
    </message>
    <message>
        <source>Order %1 already has a visit: reschedule it instead.</source>
        <translation>工单 %1 已有上门预约：请改约。</translation>
    </message>
</context>
<context>
    <name>as::Domain</name>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Service agent</source>
        <translation>客服专员</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>维修技师</translation>
    </message>
    <message>
        <source>Parts clerk</source>
        <translation>配件管理员</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>物流配送员</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation>个人消费者</translation>
    </message>
    <message>
        <source>Dealer / agent</source>
        <translation>经销商 / 代理商</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>企业客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Online chat</source>
        <translation>在线咨询</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>Dealer</source>
        <translation>经销商</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>技术咨询</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>安装调试</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>保养</translation>
    </message>
    <message>
        <source>Return / replacement</source>
        <translation>退换货</translation>
    </message>
    <message>
        <source>On-site service</source>
        <translation>上门服务</translation>
    </message>
    <message>
        <source>Carry-in repair</source>
        <translation>送修</translation>
    </message>
    <message>
        <source>Remote guidance</source>
        <translation>远程指导</translation>
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
        <translation>紧急</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Complex</source>
        <translation>复杂</translation>
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
        <translation>已预约</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Awaiting parts</source>
        <translation>待配件</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完工</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已验收</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>In warranty</source>
        <translation>保内</translation>
    </message>
    <message>
        <source>Out of warranty</source>
        <translation>保外</translation>
    </message>
    <message>
        <source>Warranty unknown</source>
        <translation>保修状态未知</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Technician&apos;s van</source>
        <translation>技师车辆</translation>
    </message>
    <message>
        <source>Defective stock</source>
        <translation>不良品库</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>期初库存</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>Issue to order</source>
        <translation>工单领用</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Return from order</source>
        <translation>工单退料</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>调拨</translation>
    </message>
    <message>
        <source>Scrap / defective</source>
        <translation>报废 / 不良</translation>
    </message>
    <message>
        <source>Stocktake adjustment</source>
        <translation>盘点调整</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>盘点中</translation>
    </message>
    <message>
        <source>Recount</source>
        <translation>复盘</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>已过账</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>已订购</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已到货</translation>
    </message>
    <message>
        <source>After completion</source>
        <translation>完工回访</translation>
    </message>
    <message>
        <source>Months after acceptance</source>
        <translation>验收后定期回访</translation>
    </message>
    <message>
        <source>Maintenance reminder</source>
        <translation>保养提醒</translation>
    </message>
    <message>
        <source>To call</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝回访</translation>
    </message>
    <message>
        <source>Not reachable</source>
        <translation>无法联系</translation>
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
        <translation>产品质量</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>及时性</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>费用</translation>
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
        <translation>严重</translation>
    </message>
    <message>
        <source>Newly received</source>
        <translation>新受理</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>调查中</translation>
    </message>
    <message>
        <source>Remedy proposed</source>
        <translation>已提出处理方案</translation>
    </message>
    <message>
        <source>Customer informed</source>
        <translation>已告知客户</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Customer misuse</source>
        <translation>客户使用不当</translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation>未确定</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>换货</translation>
    </message>
    <message>
        <source>Free repair</source>
        <translation>免费维修</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>赔偿</translation>
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
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click an order to open it.</source>
        <translation>双击工单即可打开。</translation>
    </message>
</context>
<context>
    <name>as::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿 (.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (.csv)</source>
        <translation>CSV，UTF-8 (.csv)</translation>
    </message>
    <message>
        <source>from the start</source>
        <translation>从最早开始</translation>
    </message>
    <message>
        <source>until today</source>
        <translation>直到今天</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>列表(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>格式(&amp;F)</translation>
    </message>
    <message>
        <source>Period (empty: all)</source>
        <translation>期间（留空：全部）</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The columns include those of the import format, so the file can be imported again.</source>
        <translation>列包含导入格式所需的列，因此该文件可以再次导入。</translation>
    </message>
    <message>
        <source>Phone numbers are masked: your role may not take them out of the department.</source>
        <translation>电话号码已隐藏部分：您的角色无权将其带出部门。</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Choose a list and a file.</source>
        <translation>请选择列表和文件。</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>期间的结束早于开始。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>已写入 %n 行到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>as::Exporter</name>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>无法写入导出文件：%1</translation>
    </message>
    <message>
        <source>The export has more rows than an XLSX sheet can hold (1,048,575); use --format csv or a shorter period.</source>
        <translation>导出的行数超过 XLSX 工作表的上限（1,048,575）；请使用 --format csv 或缩短期间。</translation>
    </message>
    <message>
        <source>Cannot write row %1 of the XLSX export: %2</source>
        <translation>无法写入 XLSX 导出的第 %1 行：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>无法写入 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>无法在 %1 中写入：%2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Cannot replace %1 (is it open in another program?).</source>
        <translation>无法替换 %1（是否在其他程序中打开？）。</translation>
    </message>
</context>
<context>
    <name>as::FollowUpListModel</name>
    <message>
        <source>Due</source>
        <translation>应回访日</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>回访类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>维修技师</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>拨打次数</translation>
    </message>
    <message>
        <source>Call again at</source>
        <translation>再次拨打时间</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服专员</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) after acceptance</source>
        <translation>
            <numerusform>验收后 %n 个月</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>as::FollowUpService</name>
    <message>
        <source>First follow-up: the number of working days must be between 0 and 60.</source>
        <translation>首次回访：工作日数必须在 0 到 60 之间。</translation>
    </message>
    <message>
        <source>Follow-ups after acceptance: months must be between 1 and 120 (got %1).</source>
        <translation>验收后回访：月数必须在 1 到 120 之间（当前为 %1）。</translation>
    </message>
    <message>
        <source>Maintenance reminder: days before must be between 0 and 365.</source>
        <translation>保养提醒：提前天数必须在 0 到 365 之间。</translation>
    </message>
    <message>
        <source>Maintenance interval must be between 0 and 120 months.</source>
        <translation>保养间隔必须在 0 到 120 个月之间。</translation>
    </message>
    <message>
        <source>Retry delay must be between 1 minute and 30 days.</source>
        <translation>重拨间隔必须在 1 分钟到 30 天之间。</translation>
    </message>
    <message>
        <source>Attempts before giving up must be between 1 and 20.</source>
        <translation>最多拨打次数必须在 1 到 20 之间。</translation>
    </message>
    <message>
        <source>Setting %1 is invalid: %2</source>
        <translation>设置 %1 无效：%2</translation>
    </message>
    <message>
        <source>Next maintenance date is not a valid date.</source>
        <translation>下次保养日期不是有效日期。</translation>
    </message>
    <message>
        <source>Product %1 does not exist.</source>
        <translation>产品 %1 不存在。</translation>
    </message>
    <message>
        <source>Maintenance date changed</source>
        <translation>保养日期已更改</translation>
    </message>
    <message>
        <source>Follow-up %1 does not exist.</source>
        <translation>回访 %1 不存在。</translation>
    </message>
    <message>
        <source>This follow-up was changed by someone else (perhaps another agent called the customer). Reload to see it.</source>
        <translation>此回访已被他人修改（可能另一位客服已联系客户）。请重新加载查看。</translation>
    </message>
    <message>
        <source>Satisfaction must be from 1 to 5 (or empty when the customer gave no rating).</source>
        <translation>满意度必须为 1 到 5（客户未评分时留空）。</translation>
    </message>
    <message>
        <source>Satisfaction can only be recorded when the customer was reached.</source>
        <translation>只有接通客户时才能记录满意度。</translation>
    </message>
    <message>
        <source>This follow-up is already %1.</source>
        <translation>此回访已是“%1”状态。</translation>
    </message>
    <message>
        <source>A reason is required to cancel a follow-up.</source>
        <translation>取消回访必须填写原因。</translation>
    </message>
</context>
<context>
    <name>as::FollowUpSettings</name>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>e.g. 3, 6, 12 (empty: none)</source>
        <translation>例如 3, 6, 12（留空：不回访）</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>no reminders</source>
        <translation>不提醒</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Save follow-up rules</source>
        <translation>保存回访规则</translation>
    </message>
    <message>
        <source>First call after completion within</source>
        <translation>完工后首次回访期限</translation>
    </message>
    <message>
        <source>In warranty: calls after acceptance at (months)</source>
        <translation>保内产品：验收后回访（月）</translation>
    </message>
    <message>
        <source>Maintenance reminder before the date</source>
        <translation>保养提醒提前</translation>
    </message>
    <message>
        <source>Next maintenance after a maintenance or installation order</source>
        <translation>保养或安装工单后的下次保养间隔</translation>
    </message>
    <message>
        <source>Not reached: call again after</source>
        <translation>未接通时再次拨打间隔</translation>
    </message>
    <message>
        <source>Attempts before giving up</source>
        <translation>最多拨打次数</translation>
    </message>
    <message>
        <source>Changes apply to calls scheduled from now on; calls already scheduled or made are kept.</source>
        <translation>修改只影响今后安排的回访；已安排或已完成的回访保持不变。</translation>
    </message>
    <message>
        <source>Calls after acceptance: &quot;%1&quot; is not a number of months.</source>
        <translation>验收后回访：“%1”不是月数。</translation>
    </message>
    <message>
        <source>Follow-up rules saved.</source>
        <translation>回访规则已保存。</translation>
    </message>
</context>
<context>
    <name>as::FollowUpStatsView</name>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>维修技师</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>回访率</translation>
    </message>
    <message>
        <source>In-warranty orders followed up</source>
        <translation>已回访的保内工单</translation>
    </message>
    <message>
        <source>Calls done</source>
        <translation>已完成回访</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>已评分</translation>
    </message>
    <message>
        <source>Satisfied (4–5)</source>
        <translation>满意（4–5 分）</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>平均评分</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服专员</translation>
    </message>
    <message>
        <source>Done by the due day</source>
        <translation>按期完成</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <source>Per technician: coverage = in-warranty orders completed in the period with a completed first follow-up / in-warranty orders completed in the period (target 100 %).</source>
        <translation>按技师：回访率 = 期间内完工且已完成首次回访的保内工单 / 期间内完工的保内工单（目标 100 %）。</translation>
    </message>
    <message>
        <source>Per agent: follow-ups completed in the period.</source>
        <translation>按客服专员：期间内完成的回访。</translation>
    </message>
    <message>
        <source>Choose a &quot;from&quot; date on or before the &quot;to&quot; date.</source>
        <translation>开始日期不能晚于结束日期。</translation>
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
        <translation>回访</translation>
    </message>
    <message>
        <source>Search by customer name or phone</source>
        <translation>按客户姓名或电话搜索</translation>
    </message>
    <message>
        <source>To call now (due today and overdue)</source>
        <translation>现在回访（今日到期及逾期）</translation>
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
        <translation>即将到期（7 天内）</translation>
    </message>
    <message>
        <source>All calls to make</source>
        <translation>全部待回访</translation>
    </message>
    <message>
        <source>Finished calls</source>
        <translation>已结束的回访</translation>
    </message>
    <message>
        <source>Cancel this call…</source>
        <translation>取消此回访…</translation>
    </message>
    <message>
        <source>Call queue</source>
        <translation>回访队列</translation>
    </message>
    <message>
        <source>Coverage and satisfaction</source>
        <translation>回访率与满意度</translation>
    </message>
    <message>
        <source>Showing the first %1 calls; scroll for more.</source>
        <translation>显示前 %1 条回访；向下滚动查看更多。</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n 条回访</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel follow-up call</source>
        <translation>取消回访</translation>
    </message>
    <message>
        <source>Reason (for example: customer asked not to be called):</source>
        <translation>原因（例如：客户要求不再回访）：</translation>
    </message>
</context>
<context>
    <name>as::HandoverReceipt</name>
    <message>
        <source>Hand-over %1 of service order %2 does not exist.</source>
        <translation>维修工单 %2 的交接记录 %1 不存在。</translation>
    </message>
    <message>
        <source>Hand-over receipt</source>
        <translation>交接单</translation>
    </message>
    <message>
        <source>Service order</source>
        <translation>维修工单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
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
        <translation>型号</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Capacity / colour</source>
        <translation>容量 / 颜色</translation>
    </message>
    <message>
        <source>Visible damage</source>
        <translation>外观损伤</translation>
    </message>
    <message>
        <source>none noted</source>
        <translation>未发现</translation>
    </message>
    <message>
        <source>Accessories</source>
        <translation>随机附件</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Courier and tracking number</source>
        <translation>快递公司及运单号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Both sides confirm that the unit and the accessories listed above changed hands in the condition described.</source>
        <translation>双方确认上述产品及附件已按所述状况交接。</translation>
    </message>
    <message>
        <source>Signature, handed over by</source>
        <translation>交出人签字</translation>
    </message>
    <message>
        <source>Signature, received by</source>
        <translation>接收人签字</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>as::HistoryView</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更内容</translation>
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
        <translation>“%1”不是以下之一：%2</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>必须填写</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write YYYY-MM-DD)</source>
        <translation>“%1”不是日期（请写成 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (write YYYY-MM-DD HH:MM)</source>
        <translation>“%1”不是日期时间（请写成 YYYY-MM-DD HH:MM）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan (write e.g. 125.50)</source>
        <translation>“%1”不是以元为单位的金额（例如 125.50）</translation>
    </message>
    <message>
        <source>the amount %1 is negative</source>
        <translation>金额 %1 为负数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <source>%1 is negative; it must be between %2 and %3</source>
        <translation>%1 为负数；必须在 %2 到 %3 之间</translation>
    </message>
    <message>
        <source>%1 is out of range; it must be between %2 and %3</source>
        <translation>%1 超出范围；必须在 %2 到 %3 之间</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
</context>
<context>
    <name>as::ImportWizard</name>
    <message>
        <source>Match the columns</source>
        <translation>对应列</translation>
    </message>
    <message>
        <source>For each field, the column of your file that holds it. Columns are matched by their English or Chinese header; your choices are remembered for the next import.</source>
        <translation>为每个字段选择文件中对应的列。系统按英文或中文表头自动匹配；您的选择会保存，供下次导入使用。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <source>(column %1, no header)</source>
        <translation>（第 %1 列，无表头）</translation>
    </message>
    <message>
        <source>Not imported (no matching field): %1</source>
        <translation>不导入（无对应字段）：%1</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>The first rows as they will be stored, and every problem found. Nothing is imported while there is a problem: correct the file and check again.</source>
        <translation>以下是前几行将被保存的样子，以及发现的所有问题。只要还有问题就不会导入：请修改文件后再次检查。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>停止检查</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <source>%1 rows checked, %2, no problems. Will import: %3.</source>
        <translation>已检查 %1 行，%2，没有问题。将导入：%3。</translation>
    </message>
    <message>
        <source>%1 problem(s) in %2 rows. Nothing will be imported until they are corrected.</source>
        <translation>%2 行中有 %1 个问题。更正之前不会导入任何内容。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>All rows are written in one step: if it is cancelled or fails, nothing is changed.</source>
        <translation>所有行一次性写入：如果取消或失败，不会做任何更改。</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>取消导入(&amp;C)</translation>
    </message>
    <message>
        <source>The file changed since it was checked: %1 problem(s); nothing was imported.</source>
        <translation>文件在检查后被修改：%1 个问题；未导入任何内容。</translation>
    </message>
    <message>
        <source>Imported %1 rows: %2.</source>
        <translation>已导入 %1 行：%2。</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>A CSV file (UTF-8 or GBK, as Excel saves it) or an Excel workbook (.xlsx, first sheet). The first row must hold the column headers, in English or Chinese.</source>
        <translation>CSV 文件（UTF-8 或 GBK，即 Excel 保存的格式）或 Excel 工作簿（.xlsx，第一个工作表）。第一行必须是列标题，英文或中文均可。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;What the file holds</source>
        <translation>文件内容(&amp;W)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Import file</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>电子表格 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>已有导入正在进行。</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>正在检查各行…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>正在写入…</translation>
    </message>
    <message>
        <source>Updating the stored KPI figures…</source>
        <translation>正在更新已保存的 KPI 数值…</translation>
    </message>
</context>
<context>
    <name>as::Importer</name>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>the first row must hold the column headers, but it is empty</source>
        <translation>第一行必须是列标题，但它是空的</translation>
    </message>
    <message>
        <source>the header &quot;%1&quot; appears twice (columns %2 and %3); rename or remove one</source>
        <translation>表头“%1”出现了两次（第 %2 列和第 %3 列）；请重命名或删除其中一个</translation>
    </message>
    <message>
        <source>both &quot;%1&quot; (column %2) and &quot;%3&quot; (column %4) mean %5; remove one or choose one in the mapping</source>
        <translation>“%1”（第 %2 列）和“%3”（第 %4 列）都表示 %5；请删除一个，或在对应关系中选择一个</translation>
    </message>
    <message>
        <source>the required column &quot;%1&quot; (%2) is missing</source>
        <translation>缺少必需的列“%1”（%2）</translation>
    </message>
    <message>
        <source>is chosen for both &quot;%1&quot; and &quot;%2&quot;</source>
        <translation>同时被选作“%1”和“%2”</translation>
    </message>
    <message>
        <source>%1 is empty: the first row must hold the column headers.</source>
        <translation>%1 是空的：第一行必须是列标题。</translation>
    </message>
    <message>
        <source>the file is empty: the first row must hold the column headers</source>
        <translation>文件是空的：第一行必须是列标题</translation>
    </message>
    <message>
        <source>this row has a value in column %1, which has no header (%2 cells, the header has %3)</source>
        <translation>该行在第 %1 列有值，但该列没有表头（%2 个单元格，表头只有 %3 个）</translation>
    </message>
    <message>
        <source>the cell is %1 characters long; at most %2 are allowed</source>
        <translation>单元格长 %1 个字符；最多允许 %2 个</translation>
    </message>
    <message>
        <source>the cell holds a formula (%1); import takes values only</source>
        <translation>单元格含有公式（%1）；导入只接受数值</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>导入已取消；未做任何更改。</translation>
    </message>
    <message>
        <source>the file has a header row but no data rows</source>
        <translation>文件只有表头行，没有数据行</translation>
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
        <translation>%1 不是事件日志：缺少 number、opened_at、sys_updated_at、assigned_to 或 closed_at 等列。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source> (reopened %n times)</source>
        <translation>
            <numerusform>（重新打开 %n 次）</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>未知来电人</translation>
    </message>
</context>
<context>
    <name>as::IntegrityCheck</name>
    <message>
        <source>storage: %1</source>
        <translation>存储：%1</translation>
    </message>
    <message>
        <source>foreign key: table %1 row %2 refers to a missing %3 row</source>
        <translation>外键：表 %1 第 %2 行引用了不存在的 %3 记录</translation>
    </message>
    <message>
        <source>search index: the customer search index does not match the customers (%1)</source>
        <translation>搜索索引：客户搜索索引与客户数据不一致（%1）</translation>
    </message>
    <message>
        <source>order %1 is closed but has no closing time</source>
        <translation>工单 %1 已关闭但没有关闭时间</translation>
    </message>
    <message>
        <source>order %1 is cancelled without time or reason</source>
        <translation>工单 %1 已取消但没有时间或原因</translation>
    </message>
    <message>
        <source>order %1 is completed but has no completion time</source>
        <translation>工单 %1 已完工但没有完工时间</translation>
    </message>
    <message>
        <source>order %1 has no creation event</source>
        <translation>工单 %1 没有创建记录</translation>
    </message>
    <message>
        <source>order %1 is a rework of a later order</source>
        <translation>工单 %1 是一张较晚工单的返修单</translation>
    </message>
    <message>
        <source>complaint %1 is closed but has no closing time</source>
        <translation>投诉 %1 已结案但没有结案时间</translation>
    </message>
    <message>
        <source>complaint %1 is approved without an approved remedy</source>
        <translation>投诉 %1 已审批但没有已审批的处理方案</translation>
    </message>
</context>
<context>
    <name>as::Kpi</name>
    <message>
        <source>Response within SLA</source>
        <translation>响应及时率</translation>
    </message>
    <message>
        <source>orders acknowledged within their deadline / orders opened</source>
        <translation>在期限内响应的工单 / 开单数</translation>
    </message>
    <message>
        <source>On-time completion</source>
        <translation>服务准时率</translation>
    </message>
    <message>
        <source>orders completed by their resolution deadline / orders whose deadline fell in the period or that completed in it</source>
        <translation>在修复期限前完工的工单 / 期限落在本期或本期完工的工单</translation>
    </message>
    <message>
        <source>First-time fix</source>
        <translation>一次修复率</translation>
    </message>
    <message>
        <source>accepted orders with no rework within 30 days / accepted orders</source>
        <translation>30 天内无返修的已验收工单 / 已验收工单</translation>
    </message>
    <message>
        <source>Repeat repair</source>
        <translation>返修率</translation>
    </message>
    <message>
        <source>rework orders / accepted orders</source>
        <translation>返修工单 / 已验收工单</translation>
    </message>
    <message>
        <source>Complaint rate</source>
        <translation>投诉率</translation>
    </message>
    <message>
        <source>complaints with responsibility = service / orders completed</source>
        <translation>责任归属为服务的投诉 / 完工工单</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>follow-ups rated 4 or 5 / follow-ups with a rating</source>
        <translation>评分 4 或 5 的回访 / 有评分的回访</translation>
    </message>
    <message>
        <source>Follow-up coverage</source>
        <translation>回访率</translation>
    </message>
    <message>
        <source>in-warranty completed orders with a completed first follow-up / in-warranty completed orders</source>
        <translation>已完成首次回访的保内完工工单 / 保内完工工单</translation>
    </message>
    <message>
        <source>Parts fill rate</source>
        <translation>配件满足率</translation>
    </message>
    <message>
        <source>part lines issued from stock when requested / part lines requested</source>
        <translation>需求时即从库存发出的配件行 / 需求配件行</translation>
    </message>
    <message>
        <source>Inventory turnover</source>
        <translation>库存周转率</translation>
    </message>
    <message>
        <source>cost of parts issued / average stock value (start+end)/2</source>
        <translation>出库配件成本 / 平均库存金额（期初+期末）/2</translation>
    </message>
    <message>
        <source>Mean time to resolve</source>
        <translation>平均修复时长</translation>
    </message>
    <message>
        <source>mean working hours from opened to completed</source>
        <translation>从开单到完工的平均工作小时数</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>积压工单</translation>
    </message>
    <message>
        <source>open orders at period end, by age bucket</source>
        <translation>期末未完工工单，按工单时长分组</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
</context>
<context>
    <name>as::KpiDrillDown</name>
    <message>
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开单时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>维修技师</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
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
        <translation>修复期限</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已验收</translation>
    </message>
    <message>
        <source>Rework of</source>
        <translation>返修原单</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>投诉时间</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>责任归属</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>赔偿</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>成本单价</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>计入</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>未达成</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>Backlog at the end of %1, open %2 to %3 days</source>
        <translation>%1 期末积压工单，已开 %2 至 %3 天</translation>
    </message>
    <message>
        <source>Orders opened %1</source>
        <translation>%1 开单的工单</translation>
    </message>
    <message>
        <source>Orders completed %1</source>
        <translation>%1 完工的工单</translation>
    </message>
    <message>
        <source>Repair orders for %1, %2</source>
        <translation>%1 的维修工单，%2</translation>
    </message>
    <message>
        <source>(no product)</source>
        <translation>（无产品）</translation>
    </message>
    <message>
        <source>Orders due or completed in %1 by the technician</source>
        <translation>该技师在 %1 到期或完工的工单</translation>
    </message>
    <message>
        <source>Complaints %1: %2</source>
        <translation>投诉 %1：%2</translation>
    </message>
    <message>
        <source>Parts issued %1: %2</source>
        <translation>配件出库 %1：%2</translation>
    </message>
</context>
<context>
    <name>as::KpiService</name>
    <message>
        <source>The setting %1 is &quot;%2&quot;; a target is a fraction between 0 and 1 (0.98 for 98 %).</source>
        <translation>设置 %1 为“%2”；目标值应为 0 到 1 之间的小数（98 % 写作 0.98）。</translation>
    </message>
    <message>
        <source>%1 has no target.</source>
        <translation>%1 没有目标值。</translation>
    </message>
    <message>
        <source>The target of %1 must be between 0 % and 100 %.</source>
        <translation>%1 的目标值必须在 0 % 到 100 % 之间。</translation>
    </message>
    <message>
        <source>%1 is not a rate.</source>
        <translation>%1 不是比率。</translation>
    </message>
    <message numerus="yes">
        <source>over %n day(s)</source>
        <translation>
            <numerusform>超过 %n 天</numerusform>
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
        <translation>（无产品）</translation>
    </message>
    <message>
        <source>Complaints cannot be grouped by &quot;%1&quot;.</source>
        <translation>投诉不能按“%1”分组。</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>（无类别）</translation>
    </message>
    <message>
        <source>KPI figures cached for %1 – %2 differ from the data; deleted, they are recomputed when next shown.</source>
        <translation>%1 – %2 缓存的 KPI 数值与数据不符，已删除，下次显示时重新计算。</translation>
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
        <translation>保存目标值</translation>
    </message>
    <message>
        <source>KPI targets saved.</source>
        <translation>KPI 目标值已保存。</translation>
    </message>
</context>
<context>
    <name>as::KpiTile</name>
    <message>
        <source>Click to see the records behind the number.</source>
        <translation>点击查看该数字对应的记录。</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Target: %1 %2</source>
        <translation>目标：%1 %2</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>无目标值</translation>
    </message>
    <message>
        <source>%1 pt vs %2</source>
        <translation>%1 个百分点（较 %2）</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1（较 %2）</translation>
    </message>
    <message>
        <source>no value for %1</source>
        <translation>%1 无数据</translation>
    </message>
    <message>
        <source>open orders at the period end</source>
        <translation>期末未完工工单</translation>
    </message>
    <message>
        <source>%1 / %2 yuan</source>
        <translation>%1 / %2 元</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) resolved</source>
        <translation>
            <numerusform>已修复 %n 张工单</numerusform>
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
        <translation>为投诉 %1 关联工单</translation>
    </message>
    <message>
        <source>Orders of %1 not linked yet (Space ticks, Enter links):</source>
        <translation>%1 尚未关联的工单（空格键勾选，回车关联）：</translation>
    </message>
    <message>
        <source>%1 has no other orders to link.</source>
        <translation>%1 没有其他可关联的工单。</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>关联(&amp;L)</translation>
    </message>
    <message>
        <source>%1 Close this dialog; the complaint window shows the current version.</source>
        <translation>%1 请关闭此对话框，投诉窗口会显示最新版本。</translation>
    </message>
</context>
<context>
    <name>as::LocaleSettings</name>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Setting %1: &quot;%2&quot; is not a language; use one of: %3.</source>
        <translation>设置 %1：“%2”不是可用的语言；请使用以下之一：%3。</translation>
    </message>
    <message>
        <source>Setting %1: &quot;%2&quot; is not a known time zone (write an IANA name such as Asia/Shanghai or Asia/Taipei).</source>
        <translation>设置 %1：“%2”不是已知的时区（请写 IANA 名称，例如 Asia/Shanghai 或 Asia/Taipei）。</translation>
    </message>
</context>
<context>
    <name>as::LoginDialog</name>
    <message>
        <source>Log in to Aftersales</source>
        <translation>登录 Aftersales</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
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
        <translation>数据库：%1（%2）</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Print work orders for a &amp;day…</source>
        <translation>打印某天的工单(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>用户(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Aftersales</source>
        <translation>关于 Aftersales(&amp;A)</translation>
    </message>
    <message>
        <source>About Aftersales</source>
        <translation>关于 Aftersales</translation>
    </message>
    <message>
        <source>&lt;b&gt;Aftersales&lt;/b&gt; %1&lt;br&gt;After-sales service management: service orders, parts, complaints and follow-ups.</source>
        <translation>&lt;b&gt;Aftersales&lt;/b&gt; %1&lt;br&gt;售后服务管理：维修工单、配件、投诉和回访。</translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation>打开或新建数据库</translation>
    </message>
    <message>
        <source>Aftersales database (*.db);;All files (*)</source>
        <translation>Aftersales 数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Shared folder?</source>
        <translation>共享文件夹？</translation>
    </message>
    <message>
        <source>Is %1 in a folder shared with other PCs?</source>
        <translation>%1 是否位于与其他电脑共享的文件夹中？</translation>
    </message>
    <message>
        <source>Database changed</source>
        <translation>数据库已更换</translation>
    </message>
    <message>
        <source>Aftersales will use %1 from the next start. Please restart the program.</source>
        <translation>Aftersales 下次启动时将使用 %1。请重新启动程序。</translation>
    </message>
    <message>
        <source>KPI targets</source>
        <translation>KPI 目标值</translation>
    </message>
    <message>
        <source>Connect to a &amp;PostgreSQL server…</source>
        <translation>连接 PostgreSQL 服务器(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>as::Migrator</name>
    <message>
        <source>Migration %1 is missing from the program.</source>
        <translation>程序中缺少迁移 %1。</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 (%2) failed: %3</source>
        <translation>将数据库升级到结构版本 %1（%2）失败：%3</translation>
    </message>
</context>
<context>
    <name>as::MovementDialog</name>
    <message>
        <source>Receive parts</source>
        <translation>配件入库</translation>
    </message>
    <message>
        <source>Issue parts to a service order</source>
        <translation>工单领用配件</translation>
    </message>
    <message>
        <source>Return unused parts from a service order</source>
        <translation>工单退回未用配件</translation>
    </message>
    <message>
        <source>Sell parts</source>
        <translation>销售配件</translation>
    </message>
    <message>
        <source>Transfer parts between locations</source>
        <translation>库位间调拨配件</translation>
    </message>
    <message>
        <source>Scrap / defective parts</source>
        <translation>报废 / 不良配件</translation>
    </message>
    <message>
        <source>Scan or type the part code</source>
        <translation>扫描或输入配件编码</translation>
    </message>
    <message>
        <source>Written off (not kept)</source>
        <translation>核销（不保留）</translation>
    </message>
    <message>
        <source>Service order number</source>
        <translation>维修工单号</translation>
    </message>
    <message>
        <source>Allow the stock to go below zero (manager)</source>
        <translation>允许库存为负（经理）</translation>
    </message>
    <message>
        <source>&amp;Part *</source>
        <translation>配件(&amp;P) *</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>库位(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Keep in</source>
        <translation>存放于(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Accepted quantity</source>
        <translation>合格数量(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>数量(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Rejected at inspection</source>
        <translation>检验不合格(&amp;R)</translation>
    </message>
    <message>
        <source>Service &amp;order *</source>
        <translation>维修工单(&amp;O) *</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>过账(&amp;P)</translation>
    </message>
    <message>
        <source>Unknown part code.</source>
        <translation>未知的配件编码。</translation>
    </message>
    <message>
        <source>%1 — %2 %3 on hand here</source>
        <translation>%1 — 此处现有 %2 %3</translation>
    </message>
    <message>
        <source>Enter the service order the parts are for.</source>
        <translation>请输入配件所属的维修工单。</translation>
    </message>
</context>
<context>
    <name>as::MovementsExport</name>
    <message>
        <source>Stock movements</source>
        <translation>库存变动</translation>
    </message>
</context>
<context>
    <name>as::MovementsImport</name>
    <message>
        <source>no location given and no warehouse exists</source>
        <translation>未指定库位，且没有任何仓库</translation>
    </message>
    <message>
        <source>unknown location &quot;%1&quot;</source>
        <translation>未知库位“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: receipt, issue, return, scrap, transfer, sale, adjustment, opening</source>
        <translation>“%1”不是以下之一：receipt、issue、return、scrap、transfer、sale、adjustment、opening</translation>
    </message>
    <message>
        <source>unknown part code %1</source>
        <translation>未知配件编码 %1</translation>
    </message>
    <message>
        <source>an adjustment of zero changes nothing</source>
        <translation>调整量为零，没有任何变化</translation>
    </message>
    <message>
        <source>a transfer needs the destination location</source>
        <translation>调拨需要目标库位</translation>
    </message>
    <message>
        <source>the destination is the same location</source>
        <translation>目标库位与来源相同</translation>
    </message>
    <message>
        <source>only transfers and scrap have a destination</source>
        <translation>只有调拨和报废才有目标库位</translation>
    </message>
    <message>
        <source>only %1 of %2 left at %3 on %4</source>
        <translation>%4 时 %3 处的 %2 仅剩 %1</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <source>stock movements</source>
        <translation>库存变动</translation>
    </message>
    <message>
        <source>Stock movements</source>
        <translation>库存变动</translation>
    </message>
</context>
<context>
    <name>as::NewComplaintDialog</name>
    <message>
        <source>New complaint</source>
        <translation>新建投诉</translation>
    </message>
    <message>
        <source>Empty: the customer&apos;s phone</source>
        <translation>留空：使用客户电话</translation>
    </message>
    <message>
        <source>What the customer complains about, in their words</source>
        <translation>客户投诉的问题（客户原话）</translation>
    </message>
    <message>
        <source>What the customer expects (apology, repair, replacement, refund…)</source>
        <translation>客户诉求（道歉、维修、换货、退款…）</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>产品(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Orders concerned</source>
        <translation>涉及工单(&amp;O)</translation>
    </message>
    <message>
        <source>Contact p&amp;hone</source>
        <translation>联系电话(&amp;H)</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>类别(&amp;A)</translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation>严重程度(&amp;V)</translation>
    </message>
    <message>
        <source>C&amp;ontent</source>
        <translation>投诉内容(&amp;O)</translation>
    </message>
    <message>
        <source>Customer &amp;expects</source>
        <translation>客户诉求(&amp;E)</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>(no registered product)</source>
        <translation>（无登记产品）</translation>
    </message>
</context>
<context>
    <name>as::NewOrderDialog</name>
    <message>
        <source>New service order</source>
        <translation>新建维修工单</translation>
    </message>
    <message>
        <source>New customer… (F2)</source>
        <translation>新建客户…（F2）</translation>
    </message>
    <message>
        <source>Register product… (F3)</source>
        <translation>登记产品…（F3）</translation>
    </message>
    <message>
        <source>What the customer reports, in their words</source>
        <translation>按客户原话记录故障现象</translation>
    </message>
    <message>
        <source>The answer given; the consultation is closed when saved</source>
        <translation>给出的答复；保存后咨询即关闭</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>产品(&amp;P)</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>保修</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>类别(&amp;A)</translation>
    </message>
    <message>
        <source>Channel, mode, complexity, priority</source>
        <translation>渠道、服务方式、复杂度、优先级</translation>
    </message>
    <message>
        <source>&amp;Symptom</source>
        <translation>故障现象(&amp;S)</translation>
    </message>
    <message>
        <source>A&amp;nswer</source>
        <translation>答复(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;. Press F2 to create one.</source>
        <translation>没有客户匹配“%1”。按 F2 新建。</translation>
    </message>
    <message>
        <source>(no registered product)</source>
        <translation>（无登记产品）</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1（至 %2）</translation>
    </message>
    <message>
        <source>%1 (%2, opened %3)</source>
        <translation>%1（%2，%3 开单）</translation>
    </message>
    <message>
        <source>Open orders for this serial number: %1</source>
        <translation>此序列号的未结工单：%1</translation>
    </message>
    <message>
        <source>Choose the customer first, then register the product.</source>
        <translation>请先选择客户，再登记产品。</translation>
    </message>
</context>
<context>
    <name>as::OrderAttachmentsTab</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add &amp;signed form scan…</source>
        <translation>添加签字单扫描件(&amp;S)…</translation>
    </message>
    <message>
        <source>Add &amp;photo…</source>
        <translation>添加照片(&amp;P)…</translation>
    </message>
    <message>
        <source>Add other &amp;file…</source>
        <translation>添加其他文件(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
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
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Images and PDF (*.png *.jpg *.jpeg *.pdf *.tif *.tiff)</source>
        <translation>图片和 PDF (*.png *.jpg *.jpeg *.pdf *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
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
        <translation>原因（文件将保留在档案中）：</translation>
    </message>
</context>
<context>
    <name>as::OrderChargesTab</name>
    <message>
        <source>Fault caused by &amp;misuse (charged although in warranty)</source>
        <translation>人为损坏(&amp;M)（虽在保修期内仍收费）</translation>
    </message>
    <message>
        <source>From the rate table</source>
        <translation>按收费标准</translation>
    </message>
    <message>
        <source>Save &amp;quote</source>
        <translation>保存报价(&amp;Q)</translation>
    </message>
    <message>
        <source>Who agreed (name)</source>
        <translation>同意人（姓名）</translation>
    </message>
    <message>
        <source>Customer &amp;agrees to the quote</source>
        <translation>客户同意报价(&amp;A)</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>保修</translation>
    </message>
    <message>
        <source>&amp;Labour</source>
        <translation>人工费(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Travel</source>
        <translation>上门费(&amp;T)</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>客户同意</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>收据号</translation>
    </message>
    <message>
        <source>In warranty: free unless the fault is misuse; parts free.</source>
        <translation>保修期内：除人为损坏外免费，配件免费。</translation>
    </message>
    <message>
        <source>%1: labour by the rate table, parts at cost plus mark-up, travel.</source>
        <translation>%1：人工费按收费标准，配件按成本价加价，另收上门费。</translation>
    </message>
    <message>
        <source>Agreed by %1 at %2</source>
        <translation>%1 于 %2 同意</translation>
    </message>
    <message>
        <source>Not yet agreed</source>
        <translation>尚未同意</translation>
    </message>
    <message>
        <source>(given when the order is closed)</source>
        <translation>（工单关闭时填写）</translation>
    </message>
    <message>
        <source>Quote saved. The customer&apos;s agreement is needed before work starts.</source>
        <translation>报价已保存。开始维修前需客户同意。</translation>
    </message>
</context>
<context>
    <name>as::OrderDepotTab</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
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
        <translation>备注</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Record a &amp;hand-over…</source>
        <translation>记录交接(&amp;H)…</translation>
    </message>
    <message>
        <source>Print &amp;receipt…</source>
        <translation>打印交接单(&amp;R)…</translation>
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
        <translation>维修车间</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>接收人：</translation>
    </message>
    <message>
        <source>Select the hand-over to print.</source>
        <translation>请选择要打印的交接记录。</translation>
    </message>
    <message>
        <source>Hand-overs</source>
        <translation>交接记录</translation>
    </message>
    <message>
        <source>the customer, unless someone else brings it</source>
        <translation>默认为客户本人</translation>
    </message>
    <message>
        <source>Register &amp;receipt</source>
        <translation>登记收货(&amp;R)</translation>
    </message>
    <message>
        <source>Receiving register</source>
        <translation>收货登记</translation>
    </message>
    <message>
        <source>Model *</source>
        <translation>型号 *</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Visible damage</source>
        <translation>外观损伤</translation>
    </message>
    <message>
        <source>Accessories</source>
        <translation>随机附件</translation>
    </message>
    <message>
        <source>Brought by</source>
        <translation>送修人</translation>
    </message>
    <message>
        <source>Confirm charges as &amp;technician</source>
        <translation>维修技师确认费用(&amp;T)</translation>
    </message>
    <message>
        <source>Confirm charges as &amp;QC</source>
        <translation>质检确认费用(&amp;Q)</translation>
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
        <translation> 小时</translation>
    </message>
    <message>
        <source>Record &amp;QC test</source>
        <translation>记录质检(&amp;Q)</translation>
    </message>
    <message>
        <source>Charge confirmation and QC test</source>
        <translation>费用确认与质检</translation>
    </message>
    <message>
        <source>Tester</source>
        <translation>检测人</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Burn-in</source>
        <translation>老化测试</translation>
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
        <translation>包装</translation>
    </message>
    <message>
        <source>Courier *</source>
        <translation>快递公司 *</translation>
    </message>
    <message>
        <source>Tracking number *</source>
        <translation>运单号 *</translation>
    </message>
    <message>
        <source>received %1 by %2</source>
        <translation>%1 由 %2 收货</translation>
    </message>
    <message>
        <source>Technician confirmed the charges: %1, %2</source>
        <translation>维修技师已确认费用：%1，%2</translation>
    </message>
    <message>
        <source>Technician has not confirmed the charges yet.</source>
        <translation>维修技师尚未确认费用。</translation>
    </message>
    <message>
        <source>QC confirmed the charges: %1, %2</source>
        <translation>质检已确认费用：%1，%2</translation>
    </message>
    <message>
        <source>QC has not confirmed the charges yet. Parts can be issued after both confirmations.</source>
        <translation>质检尚未确认费用。双方确认后才能领用配件。</translation>
    </message>
    <message>
        <source>QC test: %1 by %2, burn-in %3 h, %4</source>
        <translation>质检：%1，检测人 %2，老化 %3 小时，%4</translation>
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
        <translation>请先登记收货。</translation>
    </message>
</context>
<context>
    <name>as::OrderExpensesTab</name>
    <message>
        <source>Travel</source>
        <translation>上门费</translation>
    </message>
    <message>
        <source>Toll</source>
        <translation>过路费</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>停车费</translation>
    </message>
    <message>
        <source>Lodging</source>
        <translation>住宿费</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>报销人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>e.g. taxi to the customer and back</source>
        <translation>例如：往返客户处的出租车费</translation>
    </message>
    <message>
        <source>Add &amp;expense</source>
        <translation>添加费用(&amp;E)</translation>
    </message>
    <message>
        <source>Claimed in total: %1</source>
        <translation>报销合计：%1</translation>
    </message>
</context>
<context>
    <name>as::OrderListModel</name>
    <message>
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开单时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>维修技师</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>保修</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>故障现象</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>已超时 %1</translation>
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
        <translation>配件</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>变动类型</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>成本单价</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应回访日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Issue parts…</source>
        <translation>领用配件(&amp;I)…</translation>
    </message>
    <message>
        <source>Re&amp;turn unused parts…</source>
        <translation>退回未用配件(&amp;T)…</translation>
    </message>
    <message>
        <source>Parts used (from the parts ledger)</source>
        <translation>已用配件（来自配件台账）</translation>
    </message>
    <message>
        <source>Follow-up calls for this order</source>
        <translation>本工单的回访</translation>
    </message>
    <message>
        <source>Parts at cost: %1; charged to the customer: %2</source>
        <translation>配件成本：%1；向客户收取：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) after acceptance</source>
        <translation>
            <numerusform>验收后 %n 个月</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>as::OrderService</name>
    <message>
        <source>Technician is required to dispatch an order.</source>
        <translation>派工必须指定技师。</translation>
    </message>
    <message>
        <source>%1 is not an active technician.</source>
        <translation>%1 不是在职技师。</translation>
    </message>
    <message>
        <source>Service order %1 is %2; it can no longer be reassigned.</source>
        <translation>维修工单 %1 状态为%2；不能再改派。</translation>
    </message>
    <message>
        <source>Service order %1 is %2; an appointment cannot be set now.</source>
        <translation>维修工单 %1 状态为%2；现在不能设置预约。</translation>
    </message>
    <message>
        <source>Appointment start and end are required.</source>
        <translation>必须填写预约的开始和结束时间。</translation>
    </message>
    <message>
        <source>Appointment end must be after its start.</source>
        <translation>预约结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>A reason is required to reschedule an appointment.</source>
        <translation>改约需要填写原因。</translation>
    </message>
    <message>
        <source>Service order %1 was changed by someone else after you opened it. Reload to see their change.</source>
        <translation>您打开维修工单 %1 之后，他人修改了它。请重新加载以查看其更改。</translation>
    </message>
    <message>
        <source>Service order %1 is assigned to another technician; only the assigned technician or the front desk may change it.</source>
        <translation>维修工单 %1 已派给其他技师；只有被派的技师或前台客服可以修改。</translation>
    </message>
    <message>
        <source>Appointment start and end are required to schedule the visit.</source>
        <translation>安排上门必须填写预约的开始和结束时间。</translation>
    </message>
    <message>
        <source>Work done is required to complete an order.</source>
        <translation>完工必须填写维修内容。</translation>
    </message>
    <message>
        <source>Accepted by is required: the name of the person who signed the work order.</source>
        <translation>必须填写验收人：即在工单上签字的人。</translation>
    </message>
    <message>
        <source>Acceptance time is before the order was completed.</source>
        <translation>验收时间早于完工时间。</translation>
    </message>
    <message>
        <source>Acceptance time is in the future.</source>
        <translation>验收时间在未来。</translation>
    </message>
    <message>
        <source>Receipt number is required to close an order with charges.</source>
        <translation>关闭有收费的工单必须填写收据号。</translation>
    </message>
    <message>
        <source>A reason is required to cancel an order.</source>
        <translation>取消工单需要填写原因。</translation>
    </message>
    <message>
        <source>Service order %1 cannot go from %2 to %3.</source>
        <translation>维修工单 %1 不能从%2变为%3。</translation>
    </message>
    <message>
        <source>Symptom is required.</source>
        <translation>必须填写故障现象。</translation>
    </message>
    <message>
        <source>Rework can only follow an accepted or closed order; %1 is %2.</source>
        <translation>返修只能针对已验收或已关闭的工单；%1 状态为%2。</translation>
    </message>
    <message>
        <source>Rework of %1</source>
        <translation>%1 的返修</translation>
    </message>
    <message>
        <source>Rework order opened</source>
        <translation>已开返修单</translation>
    </message>
    <message>
        <source>Customer is required: pick an existing customer or create one.</source>
        <translation>必须选择客户：请选已有客户或新建一个。</translation>
    </message>
    <message>
        <source>Question is required: write what the customer asked.</source>
        <translation>必须填写问题：请写下客户所问内容。</translation>
    </message>
    <message>
        <source>Symptom is required: write what the customer reports.</source>
        <translation>必须填写故障现象：请写下客户反映的情况。</translation>
    </message>
    <message>
        <source>Symptom is too long (at most 2000 characters).</source>
        <translation>故障现象太长（最多 2000 个字符）。</translation>
    </message>
    <message>
        <source>Only a consultation can be answered and closed on the spot.</source>
        <translation>只有技术咨询可以当场答复并关闭。</translation>
    </message>
    <message>
        <source>Contact phone &quot;%1&quot; is not a valid phone number.</source>
        <translation>联系电话“%1”不是有效的电话号码。</translation>
    </message>
    <message>
        <source>Opening time is in the future.</source>
        <translation>开单时间在未来。</translation>
    </message>
    <message>
        <source>Customer %1 is archived; restore the customer before opening an order.</source>
        <translation>客户 %1 已归档；开单前请先恢复该客户。</translation>
    </message>
    <message>
        <source>Product %1 is registered to another customer.</source>
        <translation>产品 %1 登记在另一位客户名下。</translation>
    </message>
    <message>
        <source>Service order %1 does not exist.</source>
        <translation>维修工单 %1 不存在。</translation>
    </message>
    <message>
        <source>There is no service order %1.</source>
        <translation>没有维修工单 %1。</translation>
    </message>
    <message>
        <source>Setting pricing.labour_rates: &quot;%1&quot; must be a whole number of fen.</source>
        <translation>设置 pricing.labour_rates：“%1”必须是以分为单位的整数。</translation>
    </message>
    <message>
        <source>Labour cannot be negative.</source>
        <translation>人工费不能为负数。</translation>
    </message>
    <message>
        <source>Travel cannot be negative.</source>
        <translation>上门费不能为负数。</translation>
    </message>
    <message>
        <source>Amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
    <message>
        <source>Service order %1 is %2; its charges can no longer change.</source>
        <translation>工单 %1 状态为%2，费用不能再更改。</translation>
    </message>
    <message>
        <source>Order %1 is in warranty: the repair is free unless the fault is misuse.</source>
        <translation>工单 %1 在保修期内：除人为损坏外维修免费。</translation>
    </message>
    <message>
        <source>Labour %1, travel %2</source>
        <translation>人工费 %1，上门费 %2</translation>
    </message>
    <message>
        <source>Write who agreed to the quote.</source>
        <translation>请填写同意报价的人。</translation>
    </message>
    <message>
        <source>Expense kind &quot;%1&quot; is not one of travel, toll, parking, lodging, other.</source>
        <translation>费用类别“%1”不是交通、过路、停车、住宿、其他之一。</translation>
    </message>
    <message>
        <source>Expense amount must be more than zero.</source>
        <translation>费用金额必须大于零。</translation>
    </message>
    <message>
        <source>Expense amount is too large.</source>
        <translation>费用金额过大。</translation>
    </message>
    <message>
        <source>Service order %1 is cancelled; no expenses can be claimed on it.</source>
        <translation>工单 %1 已取消，不能报销费用。</translation>
    </message>
    <message>
        <source>The customer has not agreed to the quote of %1 yet: record the consent before work starts.</source>
        <translation>客户尚未同意 %1 的报价：开始维修前请登记客户同意。</translation>
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
        <translation>预约上门…</translation>
    </message>
    <message>
        <source>Resume work</source>
        <translation>继续维修</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>开始维修</translation>
    </message>
    <message>
        <source>Waiting for parts…</source>
        <translation>等待配件…</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>完工…</translation>
    </message>
    <message>
        <source>Record acceptance…</source>
        <translation>登记验收…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>关闭工单…</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>取消工单…</translation>
    </message>
    <message>
        <source>Dispatch %1</source>
        <translation>派工 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n open order(s))</source>
        <translation>
            <numerusform>%1（%n 张未结工单）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Technician</source>
        <translation>技师(&amp;T)</translation>
    </message>
    <message>
        <source>Reschedule %1</source>
        <translation>改约 %1</translation>
    </message>
    <message>
        <source>Book the visit for %1</source>
        <translation>为 %1 预约上门</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Visit &amp;from</source>
        <translation>上门时间(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>时段(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>Rescheduled %n time(s) so far.</source>
        <translation>
            <numerusform>目前已改约 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>&amp;Work done</source>
        <translation>维修内容(&amp;W)</translation>
    </message>
    <message>
        <source>Accepted &amp;by (signed the form)</source>
        <translation>验收人（在工单上签字者）(&amp;B)</translation>
    </message>
    <message>
        <source>Accepted &amp;at</source>
        <translation>验收时间(&amp;A)</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>&amp;Receipt number</source>
        <translation>收据号(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Close this window and look at the order again.</source>
        <translation>请关闭此窗口，重新查看该工单。</translation>
    </message>
</context>
<context>
    <name>as::OrderWindow</name>
    <message>
        <source>&amp;Save changes</source>
        <translation>保存更改(&amp;S)</translation>
    </message>
    <message>
        <source>Customer and product</source>
        <translation>客户与产品</translation>
    </message>
    <message>
        <source>S&amp;ymptom</source>
        <translation>故障现象(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Diagnosis</source>
        <translation>故障诊断(&amp;D)</translation>
    </message>
    <message>
        <source>Repair &amp;plan</source>
        <translation>维修方案(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Work done</source>
        <translation>维修内容(&amp;W)</translation>
    </message>
    <message>
        <source>P&amp;riority</source>
        <translation>优先级(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Work</source>
        <translation>维修(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>进度(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <source>Close window</source>
        <translation>关闭窗口</translation>
    </message>
    <message>
        <source>Service order %1</source>
        <translation>维修工单 %1</translation>
    </message>
    <message>
        <source>Opened %1 via %2</source>
        <translation>%1 经%2开单</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;Overdue&lt;/b&gt; by %1 (due %2)&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;已超时&lt;/b&gt; %1（期限 %2）&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Resolve by %1 (%2 left)</source>
        <translation>须在 %1 前解决（剩余 %2）</translation>
    </message>
    <message>
        <source>Visit %1–%2</source>
        <translation>上门 %1–%2</translation>
    </message>
    <message numerus="yes">
        <source>(rescheduled %n time(s))</source>
        <translation>
            <numerusform>（已改约 %n 次）</numerusform>
        </translation>
    </message>
    <message>
        <source>Technician: %1</source>
        <translation>技师：%1</translation>
    </message>
    <message>
        <source>Accepted by %1 at %2</source>
        <translation>%1 于 %2 验收</translation>
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
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;序列号 %2&lt;br&gt;购买于 %3，保修 %4 个月</translation>
    </message>
    <message>
        <source>No registered product.</source>
        <translation>没有登记产品。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开单时间</translation>
    </message>
    <message>
        <source>Technician assigned</source>
        <translation>已派技师</translation>
    </message>
    <message>
        <source>Visit rescheduled</source>
        <translation>上门已改约</translation>
    </message>
    <message>
        <source>Details changed</source>
        <translation>详情已修改</translation>
    </message>
    <message>
        <source>Rework</source>
        <translation>返修</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>改约…</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>改派…</translation>
    </message>
    <message>
        <source>Open rework order</source>
        <translation>开返修单</translation>
    </message>
    <message>
        <source>Rework of %1: %2</source>
        <translation>%1 的返修：%2</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>故障现象</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>故障诊断</translation>
    </message>
    <message>
        <source>Repair plan</source>
        <translation>维修方案</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>维修内容</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Charges</source>
        <translation>费用(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xpenses</source>
        <translation>报销(&amp;X)</translation>
    </message>
    <message>
        <source>Expense claimed</source>
        <translation>已报销费用</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>Customer agreed to the quote</source>
        <translation>客户同意报价</translation>
    </message>
    <message>
        <source>&amp;Parts and follow-ups</source>
        <translation>配件与回访(&amp;P)</translation>
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
        <translation>回访</translation>
    </message>
</context>
<context>
    <name>as::OrdersExport</name>
    <message>
        <source>Service orders</source>
        <translation>维修工单</translation>
    </message>
</context>
<context>
    <name>as::OrdersImport</name>
    <message>
        <source>the order number is longer than 40 characters</source>
        <translation>工单号超过 40 个字符</translation>
    </message>
    <message>
        <source>duplicate order number %1: also in row %2</source>
        <translation>工单号 %1 重复：第 %2 行也有</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number</source>
        <translation>“%1”不是有效的电话号码</translation>
    </message>
    <message>
        <source>a model is required with the serial number</source>
        <translation>填写序列号时必须填写型号</translation>
    </message>
    <message>
        <source>unknown technician &quot;%1&quot; (no user with this login or name)</source>
        <translation>未知技师“%1”（没有此登录名或姓名的用户）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of several users; write the login instead</source>
        <translation>“%1”是多个用户的姓名；请改写登录名</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a technician (role %2)</source>
        <translation>“%1”不是技师（角色：%2）</translation>
    </message>
    <message>
        <source>%1 is before %2</source>
        <translation>%1 早于 %2</translation>
    </message>
    <message>
        <source>accepted_at needs completed_at (an order is accepted after it is completed)</source>
        <translation>accepted_at 需要 completed_at（工单完工后才能验收）</translation>
    </message>
    <message>
        <source>a cancelled order cannot also be completed or accepted</source>
        <translation>已取消的工单不能同时完工或验收</translation>
    </message>
    <message>
        <source>%1 is in the future</source>
        <translation>%1 在未来</translation>
    </message>
    <message>
        <source>an order cannot be a rework of itself</source>
        <translation>工单不能是它自己的返修单</translation>
    </message>
    <message>
        <source>duplicate serial %1: it is registered to another customer</source>
        <translation>序列号 %1 重复：已登记在另一位客户名下</translation>
    </message>
    <message>
        <source>duplicate serial %1: row %2 has it for another customer</source>
        <translation>序列号 %1 重复：第 %2 行属于另一位客户</translation>
    </message>
    <message>
        <source>order %1 is already in the database</source>
        <translation>工单 %1 已在数据库中</translation>
    </message>
    <message>
        <source>order %1 is neither in the file nor in the database</source>
        <translation>工单 %1 既不在文件中也不在数据库中</translation>
    </message>
    <message>
        <source>order %1 was opened after this one; a rework follows the original</source>
        <translation>工单 %1 晚于此单开单；返修单应在原工单之后</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>new customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>new products</source>
        <translation>新产品</translation>
    </message>
    <message>
        <source>order events</source>
        <translation>工单事件</translation>
    </message>
    <message>
        <source>Cancelled (imported history)</source>
        <translation>已取消（导入的历史记录）</translation>
    </message>
    <message>
        <source>Imported history</source>
        <translation>导入的历史记录</translation>
    </message>
    <message>
        <source>Historical service orders</source>
        <translation>历史维修工单</translation>
    </message>
</context>
<context>
    <name>as::OrdersPage</name>
    <message>
        <source>Service orders</source>
        <translation>维修工单</translation>
    </message>
    <message>
        <source>Search by order number, phone, name or serial number</source>
        <translation>按工单号、电话、姓名或序列号搜索</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>未结工单</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>In and out of warranty</source>
        <translation>保内和保外</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>仅显示超时(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation>新建工单(&amp;N)…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Opened &amp;from</source>
        <translation>开单日期从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <source>All technicians</source>
        <translation>全部技师</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未派工</translation>
    </message>
    <message>
        <source>The &quot;opened to&quot; date is before the &quot;opened from&quot; date.</source>
        <translation>“开单日期到”早于“开单日期从”。</translation>
    </message>
    <message>
        <source>Showing the first %1 orders; scroll for more.</source>
        <translation>显示前 %1 张工单；滚动查看更多。</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 张工单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>as::PartDetailDialog</name>
    <message>
        <source>Location</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>现有库存</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>全部库位</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>变动类型</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>结存</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒收</translation>
    </message>
    <message>
        <source>Service order</source>
        <translation>维修工单</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation>入库(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>出库(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>调拨(&amp;T)…</translation>
    </message>
    <message>
        <source>Movements at:</source>
        <translation>变动库位：</translation>
    </message>
    <message>
        <source>Part %1 — %2</source>
        <translation>配件 %1 — %2</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Compatible models</source>
        <translation>适用型号</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>货位</translation>
    </message>
    <message>
        <source>Cost / sale price</source>
        <translation>成本价 / 售价</translation>
    </message>
    <message>
        <source>Safety stock / reorder</source>
        <translation>安全库存 / 补货量</translation>
    </message>
    <message>
        <source>%1 / %2 %3</source>
        <translation>%1 / %2 %3</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>as::PartDialog</name>
    <message>
        <source>New part</source>
        <translation>新建配件</translation>
    </message>
    <message>
        <source>Scan or type the code on the label</source>
        <translation>扫描或输入标签上的编码</translation>
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
        <translation>在用（取消勾选即停用该配件）</translation>
    </message>
    <message>
        <source>&amp;Code *</source>
        <translation>编码(&amp;C) *</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>姓名(&amp;N) *</translation>
    </message>
    <message>
        <source>&amp;Specification</source>
        <translation>规格(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>类别(&amp;A)</translation>
    </message>
    <message>
        <source>Compatible &amp;models</source>
        <translation>适用型号(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Bin location</source>
        <translation>货位(&amp;B)</translation>
    </message>
    <message>
        <source>Cost &amp;price</source>
        <translation>成本价(&amp;P)</translation>
    </message>
    <message>
        <source>Sa&amp;le price</source>
        <translation>售价(&amp;L)</translation>
    </message>
    <message>
        <source>Safe&amp;ty stock</source>
        <translation>安全库存(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Reorder quantity</source>
        <translation>补货量(&amp;R)</translation>
    </message>
    <message>
        <source>Preferred su&amp;pplier</source>
        <translation>首选供应商(&amp;P)</translation>
    </message>
    <message>
        <source>Edit part %1</source>
        <translation>编辑配件 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan (e.g. 125.50).</source>
        <translation>“%1”不是以元为单位的金额（例如 125.50）。</translation>
    </message>
</context>
<context>
    <name>as::PartService</name>
    <message>
        <source>Part code is required.</source>
        <translation>必须填写配件编码。</translation>
    </message>
    <message>
        <source>Part code &quot;%1&quot; may only contain letters, digits and - _ . / (at most 64 characters).</source>
        <translation>配件编码“%1”只能包含字母、数字和 - _ . /（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>Part name is required.</source>
        <translation>必须填写配件名称。</translation>
    </message>
    <message>
        <source>Part name is too long (at most 200 characters).</source>
        <translation>配件名称太长（最多 200 个字符）。</translation>
    </message>
    <message>
        <source>Cost price cannot be negative.</source>
        <translation>成本价不能为负。</translation>
    </message>
    <message>
        <source>Sale price cannot be negative.</source>
        <translation>售价不能为负。</translation>
    </message>
    <message>
        <source>Safety stock cannot be negative.</source>
        <translation>安全库存不能为负。</translation>
    </message>
    <message>
        <source>Reorder quantity cannot be negative.</source>
        <translation>补货量不能为负。</translation>
    </message>
    <message>
        <source>Part code %1 is already used by &quot;%2&quot;.</source>
        <translation>配件编码 %1 已被“%2”使用。</translation>
    </message>
    <message>
        <source>Part %1 was changed by someone else after you opened it. Reload to see their change.</source>
        <translation>您打开配件 %1 之后，他人修改了它。请重新加载以查看其更改。</translation>
    </message>
    <message>
        <source>Part %1 does not exist.</source>
        <translation>配件 %1 不存在。</translation>
    </message>
    <message>
        <source>Unknown part code &quot;%1&quot;.</source>
        <translation>未知的配件编码“%1”。</translation>
    </message>
    <message>
        <source>Location code is required.</source>
        <translation>必须填写库位编码。</translation>
    </message>
    <message>
        <source>Location code is too long (at most 32 characters).</source>
        <translation>库位编码太长（最多 32 个字符）。</translation>
    </message>
    <message>
        <source>Location code %1 is already used.</source>
        <translation>库位编码 %1 已被使用。</translation>
    </message>
    <message>
        <source>Location %1 was changed by someone else. Reload and try again.</source>
        <translation>库位 %1 已被他人修改。请重新加载后重试。</translation>
    </message>
    <message>
        <source>Stock location %1 does not exist.</source>
        <translation>库位 %1 不存在。</translation>
    </message>
    <message>
        <source>Unknown stock location &quot;%1&quot;.</source>
        <translation>未知库位“%1”。</translation>
    </message>
    <message>
        <source>Main warehouse</source>
        <translation>总仓</translation>
    </message>
</context>
<context>
    <name>as::PartsExport</name>
    <message>
        <source>Parts</source>
        <translation>配件</translation>
    </message>
</context>
<context>
    <name>as::PartsImport</name>
    <message>
        <source>&quot;%1&quot; is not a part code (letters, digits and - _ . /, at most 64 characters)</source>
        <translation>“%1”不是配件编码（字母、数字和 - _ . /，最多 64 个字符）</translation>
    </message>
    <message>
        <source>unknown location &quot;%1&quot;</source>
        <translation>未知库位“%1”</translation>
    </message>
    <message>
        <source>duplicate code %1: also in row %2</source>
        <translation>编码 %1 重复：第 %2 行也有</translation>
    </message>
    <message>
        <source>duplicate code %1: already in the parts catalogue</source>
        <translation>编码 %1 重复：配件目录中已有</translation>
    </message>
    <message>
        <source>Could not prepare the parts import.</source>
        <translation>无法准备配件导入。</translation>
    </message>
    <message>
        <source>Opening balance (import)</source>
        <translation>期初库存（导入）</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <source>parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>opening balances</source>
        <translation>期初库存</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>配件</translation>
    </message>
</context>
<context>
    <name>as::PartsPage</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Compatible models</source>
        <translation>适用型号</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>货位</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>现有库存</translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation>安全库存</translation>
    </message>
    <message>
        <source>Cost price</source>
        <translation>成本价</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>售价</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Reorder quantity</source>
        <translation>补货量</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>Stock value</source>
        <translation>库存金额</translation>
    </message>
    <message>
        <source>Last issue</source>
        <translation>最近出库</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No issue in 90 days</source>
        <translation>90 天无出库</translation>
    </message>
    <message>
        <source>No issue in 180 days</source>
        <translation>180 天无出库</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Reorder list</source>
        <translation>补货清单</translation>
    </message>
    <message>
        <source>Purchase requests</source>
        <translation>采购申请</translation>
    </message>
    <message>
        <source>Slow-moving</source>
        <translation>呆滞配件</translation>
    </message>
    <message>
        <source>Defective stock</source>
        <translation>不良品库</translation>
    </message>
    <message>
        <source>Parts &amp; stock</source>
        <translation>配件与库存</translation>
    </message>
    <message>
        <source>Search by code, name, specification or compatible model</source>
        <translation>按编码、名称、规格或适用型号搜索</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>全部库位</translation>
    </message>
    <message>
        <source>At or below safety stock</source>
        <translation>达到或低于安全库存</translation>
    </message>
    <message>
        <source>&amp;New part…</source>
        <translation>新建配件(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation>入库(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Issue to order…</source>
        <translation>工单领用(&amp;I)…</translation>
    </message>
    <message>
        <source>Re&amp;turn from order…</source>
        <translation>工单退料(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Sell…</source>
        <translation>销售(&amp;S)…</translation>
    </message>
    <message>
        <source>Trans&amp;fer…</source>
        <translation>调拨(&amp;F)…</translation>
    </message>
    <message>
        <source>Scra&amp;p…</source>
        <translation>报废(&amp;P)…</translation>
    </message>
    <message>
        <source>Showing the first %1 parts; scroll for more.</source>
        <translation>显示前 %1 种配件；滚动查看更多。</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n 种配件</numerusform>
        </translation>
    </message>
    <message>
        <source>Import parts…</source>
        <translation>导入配件…</translation>
    </message>
    <message>
        <source>Import movements…</source>
        <translation>导入出入库记录…</translation>
    </message>
</context>
<context>
    <name>as::PasswordDialog</name>
    <message>
        <source>Password for %1</source>
        <translation>%1 的密码</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>当前密码(&amp;C)</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>再次输入(&amp;R)</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>as::PostgresDialog</name>
    <message>
        <source>Connect to a PostgreSQL server</source>
        <translation>连接 PostgreSQL 服务器</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>服务器(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>端口(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>数据库(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>The password is not stored by Aftersales: put it in the PGPASSWORD environment variable or in the user&apos;s .pgpass file, as for every PostgreSQL program.</source>
        <translation>Aftersales 不保存密码：请像其他 PostgreSQL 程序一样，将密码放在 PGPASSWORD 环境变量或用户的 .pgpass 文件中。</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Server is required.</source>
        <translation>服务器为必填项。</translation>
    </message>
    <message>
        <source>Database &quot;%1&quot; is not a valid database name.</source>
        <translation>“%1”不是有效的数据库名称。</translation>
    </message>
    <message>
        <source>User is required.</source>
        <translation>用户为必填项。</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>已连接 %1。</translation>
    </message>
</context>
<context>
    <name>as::ProductDialog</name>
    <message>
        <source>Register product</source>
        <translation>登记产品</translation>
    </message>
    <message>
        <source>e.g. Refrigerator, Sofa, Phone</source>
        <translation>例如 冰箱、沙发、手机</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Computed from the dates</source>
        <translation>根据日期计算</translation>
    </message>
    <message>
        <source>Required when the status is overridden</source>
        <translation>修改状态时必填</translation>
    </message>
    <message>
        <source>&amp;Model *</source>
        <translation>型号(&amp;M) *</translation>
    </message>
    <message>
        <source>Product &amp;type</source>
        <translation>产品类型(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Serial number</source>
        <translation>序列号(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Purchase date</source>
        <translation>购买日期(&amp;P)</translation>
    </message>
    <message>
        <source>Manu&amp;facture date</source>
        <translation>生产日期(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Installation date</source>
        <translation>安装日期(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Dealer</source>
        <translation>经销商(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Warranty</source>
        <translation>保修期(&amp;W)</translation>
    </message>
    <message>
        <source>Warranty st&amp;atus</source>
        <translation>保修状态(&amp;A)</translation>
    </message>
    <message>
        <source>Override &amp;reason</source>
        <translation>修改原因(&amp;R)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Edit product %1</source>
        <translation>编辑产品 %1</translation>
    </message>
    <message>
        <source>covered until %1</source>
        <translation>保修至 %1</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Product type</source>
        <translation>产品类型</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <source>Manufacture date</source>
        <translation>生产日期</translation>
    </message>
    <message>
        <source>Installation date</source>
        <translation>安装日期</translation>
    </message>
    <message>
        <source>Dealer</source>
        <translation>经销商</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>保修</translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation>产品 %1</translation>
    </message>
</context>
<context>
    <name>as::PurchaseRequestsView</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Show received and cancelled</source>
        <translation>显示已到货和已取消的</translation>
    </message>
    <message>
        <source>Request the reorder &amp;list</source>
        <translation>为补货清单提出采购申请(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>审批(&amp;A)</translation>
    </message>
    <message>
        <source>Mark &amp;ordered</source>
        <translation>标记为已订购(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation>入库(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Cancel request…</source>
        <translation>取消申请(&amp;C)…</translation>
    </message>
    <message>
        <source>%1 (received %2, rejected %3)</source>
        <translation>%1（到货 %2，拒收 %3）</translation>
    </message>
    <message>
        <source>Select a purchase request first.</source>
        <translation>请先选择一条采购申请。</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>收货</translation>
    </message>
    <message>
        <source>Accepted at incoming inspection:</source>
        <translation>来料检验合格：</translation>
    </message>
    <message>
        <source>Rejected at incoming inspection:</source>
        <translation>来料检验不合格：</translation>
    </message>
    <message>
        <source>Cancel purchase request</source>
        <translation>取消采购申请</translation>
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
        <translation>采购申请 %1 不存在。</translation>
    </message>
    <message>
        <source>The requested quantity must be above zero.</source>
        <translation>申请数量必须大于零。</translation>
    </message>
    <message>
        <source>Part %1 does not exist.</source>
        <translation>配件 %1 不存在。</translation>
    </message>
    <message>
        <source>From the reorder list</source>
        <translation>来自补货清单</translation>
    </message>
    <message>
        <source>Purchase request %1 is %2, not %3; reload to see its state.</source>
        <translation>采购申请 %1 状态为%2，而非%3；请重新加载查看其状态。</translation>
    </message>
    <message>
        <source>Purchase request %1</source>
        <translation>采购申请 %1</translation>
    </message>
    <message>
        <source>Cancelling a purchase request needs a reason.</source>
        <translation>取消采购申请需要填写原因。</translation>
    </message>
    <message>
        <source>Purchase request %1 is already %2.</source>
        <translation>采购申请 %1 已是%2。</translation>
    </message>
</context>
<context>
    <name>as::QueryListModel</name>
    <message>
        <source>Scrapped / defective</source>
        <translation>报废 / 不良</translation>
    </message>
    <message>
        <source>Rejected at incoming inspection</source>
        <translation>来料检验不合格</translation>
    </message>
</context>
<context>
    <name>as::ReportData</name>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>无法写入 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Key performance indicators</source>
        <translation>关键绩效指标</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>达成</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
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
        <translation>期末积压工单（按时长）</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>时长（天）</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>未结工单</translation>
    </message>
    <message>
        <source>Orders opened and completed per week</source>
        <translation>每周开单与完工数</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开单数</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完工数</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>维修技师</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>准时</translation>
    </message>
    <message>
        <source>First-time fix</source>
        <translation>一次修复率</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
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
        <translation>已验收</translation>
    </message>
    <message>
        <source>Rated follow-ups</source>
        <translation>有评分的回访</translation>
    </message>
    <message>
        <source>Faults by product model (Pareto)</source>
        <translation>按产品型号的故障（帕累托）</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Repair orders</source>
        <translation>维修工单</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>Complaints by category</source>
        <translation>按类别的投诉</translation>
    </message>
    <message>
        <source>Complaints by responsibility</source>
        <translation>按责任归属的投诉</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>责任归属</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>赔偿</translation>
    </message>
    <message>
        <source>Parts consumption</source>
        <translation>配件消耗</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Top parts by cost</source>
        <translation>成本最高的配件</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Stock value and turnover</source>
        <translation>库存金额与周转</translation>
    </message>
    <message>
        <source>Stock value at start</source>
        <translation>期初库存金额</translation>
    </message>
    <message>
        <source>Stock value at end</source>
        <translation>期末库存金额</translation>
    </message>
    <message>
        <source>Cost of parts issued</source>
        <translation>出库配件成本</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>周转率</translation>
    </message>
    <message>
        <source>12-month trends</source>
        <translation>12 个月趋势</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Cannot write %1: bad sheet name %2.</source>
        <translation>无法写入 %1：工作表名称 %2 无效。</translation>
    </message>
    <message>
        <source>After-sales monthly report</source>
        <translation>售后服务月度报告</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
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
        <translation>无法在 %1 中写入：%2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>累计占比</translation>
    </message>
</context>
<context>
    <name>as::ReportExportDialog</name>
    <message>
        <source>Export report %1</source>
        <translation>导出报告 %1</translation>
    </message>
    <message>
        <source>PDF (to print or send)</source>
        <translation>PDF（打印或发送）</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel 工作簿 (XLSX)</translation>
    </message>
    <message>
        <source>CSV (UTF-8)</source>
        <translation>CSV (UTF-8)</translation>
    </message>
    <message>
        <source>Notes for the report: causes, actions, remarks (printed in the PDF, kept in the XLSX).</source>
        <translation>报告备注：原因、措施、说明（打印在 PDF 中，保留在 XLSX 中）。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Manager&apos;s notes:</source>
        <translation>经理备注：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>after-sales-report-%1</source>
        <translation>售后报告-%1</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
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
        <translation>日期范围</translation>
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
        <translation>显示</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>导出报告…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>对比：</translation>
    </message>
    <message>
        <source>12-month trend of:</source>
        <translation>12 个月趋势：</translation>
    </message>
    <message>
        <source>Technicians (double-click a row for their orders)</source>
        <translation>维修技师（双击一行查看其工单）</translation>
    </message>
    <message>
        <source>12-month trend: %1</source>
        <translation>12 个月趋势：%1</translation>
    </message>
    <message>
        <source>Your role cannot read reports.</source>
        <translation>您的角色无权查看报表。</translation>
    </message>
    <message>
        <source>Data may have changed since these figures were computed; click Show to update them.</source>
        <translation>数据在计算后可能已变化；点击“显示”更新。</translation>
    </message>
    <message>
        <source>Complaints are not recorded in this database yet: the complaint rate is empty.</source>
        <translation>此数据库尚未记录投诉：投诉率为空。</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开单数</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完工数</translation>
    </message>
    <message>
        <source>Orders opened and completed per week</source>
        <translation>每周开单与完工数</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>未结工单</translation>
    </message>
    <message>
        <source>Backlog at period end by age</source>
        <translation>期末积压工单（按时长）</translation>
    </message>
    <message>
        <source>Faults by product model (Pareto, top 15)</source>
        <translation>按产品型号的故障（帕累托，前 15）</translation>
    </message>
    <message>
        <source>Complaints by category</source>
        <translation>按类别的投诉</translation>
    </message>
    <message>
        <source>Complaints by responsibility</source>
        <translation>按责任归属的投诉</translation>
    </message>
    <message>
        <source>Parts consumption by category (yuan)</source>
        <translation>按类别的配件消耗（元）</translation>
    </message>
    <message>
        <source>turnover %1</source>
        <translation>周转率 %1</translation>
    </message>
    <message>
        <source>Records counted (numerator)</source>
        <translation>计入的记录（分子）</translation>
    </message>
    <message>
        <source>All records (denominator)</source>
        <translation>全部记录（分母）</translation>
    </message>
    <message>
        <source>Records that missed</source>
        <translation>未达成的记录</translation>
    </message>
    <message>
        <source>%1: the records are not kept in this database.</source>
        <translation>%1：此数据库未保存这些记录。</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Computing the figures in the background; the page stays usable.</source>
        <translation>正在后台计算数值，页面仍可继续使用。</translation>
    </message>
    <message>
        <source>Computing %1…</source>
        <translation>正在计算 %1…</translation>
    </message>
    <message>
        <source>The figures are being computed; export the report when they are shown.</source>
        <translation>数值正在计算中，请在显示后再导出报表。</translation>
    </message>
</context>
<context>
    <name>as::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>PNG or SVG file shown on printed forms</source>
        <translation>打印单据上显示的 PNG 或 SVG 文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Company logo</source>
        <translation>公司标志</translation>
    </message>
    <message>
        <source>Images (*.png *.svg *.jpg)</source>
        <translation>图片 (*.png *.svg *.jpg)</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <source>Company address</source>
        <translation>公司地址</translation>
    </message>
    <message>
        <source>Service phone</source>
        <translation>服务电话</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>Site time zone</source>
        <translation>站点时区</translation>
    </message>
    <message>
        <source>Parts mark-up outside warranty</source>
        <translation>保外配件加价</translation>
    </message>
    <message>
        <source>Language on this PC (after restart)</source>
        <translation>本机语言（重启后生效）</translation>
    </message>
    <message>
        <source>Company and site</source>
        <translation>公司与站点</translation>
    </message>
    <message>
        <source>Working calendar and service levels</source>
        <translation>工作日历与服务时限</translation>
    </message>
    <message>
        <source>Language saved for this PC.</source>
        <translation>本机语言已保存。</translation>
    </message>
    <message>
        <source>Site time zone &quot;%1&quot; is not a known time zone (e.g. Asia/Shanghai).</source>
        <translation>站点时区“%1”不是已知时区（例如 Asia/Shanghai）。</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <source>Labour rate, general repair</source>
        <translation>工时费（一般维修）</translation>
    </message>
    <message>
        <source>Labour rate, complex repair</source>
        <translation>工时费（复杂维修）</translation>
    </message>
    <message>
        <source>Follow-up calls</source>
        <translation>回访</translation>
    </message>
</context>
<context>
    <name>as::SettingsRepository</name>
    <message>
        <source>The setting %1 is not valid JSON: %2</source>
        <translation>设置 %1 不是有效的 JSON：%2</translation>
    </message>
</context>
<context>
    <name>as::SlaPolicy</name>
    <message>
        <source>SLA rule %1: the amount must be a whole number from 0 to 100000.</source>
        <translation>SLA 规则 %1：数值必须是 0 到 100000 之间的整数。</translation>
    </message>
    <message>
        <source>SLA rule %1: unknown unit &quot;%2&quot;.</source>
        <translation>SLA 规则 %1：未知单位“%2”。</translation>
    </message>
</context>
<context>
    <name>as::StartStocktakeDialog</name>
    <message>
        <source>Start a stocktake</source>
        <translation>开始盘点</translation>
    </message>
    <message>
        <source>Blind count: counters do not see the expected quantities</source>
        <translation>盲盘：盘点人员看不到账面数量</translation>
    </message>
    <message>
        <source>Starting freezes the expected quantities of the location. Movements posted while counting are taken into account when the stocktake is posted.</source>
        <translation>开始后将冻结该库位的账面数量。盘点期间登记的库存变动会在盘点过账时计入。</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>库位(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Categories
(none ticked: all)</source>
        <translation>类别(&amp;C)
（不勾选：全部）</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
</context>
<context>
    <name>as::StockLedger</name>
    <message>
        <source>Not enough stock of %1 at %2: only %3 left, %4 needed.</source>
        <translation>%2 处 %1 库存不足：仅剩 %3，需要 %4。</translation>
    </message>
    <message>
        <source>Service order %1 does not exist.</source>
        <translation>维修工单 %1 不存在。</translation>
    </message>
    <message>
        <source>Unknown service order number &quot;%1&quot;.</source>
        <translation>未知的维修工单号“%1”。</translation>
    </message>
    <message>
        <source>An adjustment needs a quantity other than zero.</source>
        <translation>调整数量不能为零。</translation>
    </message>
    <message>
        <source>A receipt needs an accepted quantity (and optionally a rejected quantity) above zero.</source>
        <translation>入库需要大于零的合格数量（不合格数量可选）。</translation>
    </message>
    <message>
        <source>Quantity must be a whole number above zero.</source>
        <translation>数量必须是大于零的整数。</translation>
    </message>
    <message>
        <source>A rejected quantity belongs to receipts only.</source>
        <translation>只有入库才有不合格数量。</translation>
    </message>
    <message>
        <source>A transfer needs a destination location other than the source.</source>
        <translation>调拨需要一个不同于来源的目标库位。</translation>
    </message>
    <message>
        <source>Part %1 does not exist.</source>
        <translation>配件 %1 不存在。</translation>
    </message>
    <message>
        <source>Stock location %1 does not exist.</source>
        <translation>库位 %1 不存在。</translation>
    </message>
    <message>
        <source>Stock location %1 is no longer in use.</source>
        <translation>库位 %1 已停用。</translation>
    </message>
    <message>
        <source>A stock location is required.</source>
        <translation>必须指定库位。</translation>
    </message>
    <message>
        <source>stock: %1 at %2 has balance %3 but its movements add up to %4</source>
        <translation>库存：%2 处 %1 的结存为 %3，但变动合计为 %4</translation>
    </message>
    <message>
        <source>Setting pricing.parts_markup_percent must be a whole number from 0 to 1000 (it is &quot;%1&quot;).</source>
        <translation>设置 pricing.parts_markup_percent 必须是 0 到 1000 之间的整数（当前为“%1”）。</translation>
    </message>
</context>
<context>
    <name>as::StocktakeLinesModel</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>货位</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>账面数量</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实盘数量</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>盘盈 / 盘亏</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Recount (first count %1)</source>
        <translation>复盘（初盘 %1）</translation>
    </message>
    <message>
        <source>Recounted</source>
        <translation>已复盘</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>未盘点</translation>
    </message>
</context>
<context>
    <name>as::StocktakePage</name>
    <message>
        <source>Stocktake</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>&amp;Start a stocktake…</source>
        <translation>开始盘点(&amp;S)…</translation>
    </message>
    <message>
        <source>S&amp;can or type a code, then Enter:</source>
        <translation>扫描或输入编码后按回车(&amp;C)：</translation>
    </message>
    <message>
        <source>Quantity added by the next scan (back to 1 afterwards)</source>
        <translation>下一次扫描增加的数量（之后恢复为 1）</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
    <message>
        <source>Show expected quantities (manager)</source>
        <translation>显示账面数量（经理）</translation>
    </message>
    <message>
        <source>Correct &amp;count…</source>
        <translation>更正盘点数(&amp;C)…</translation>
    </message>
    <message>
        <source>Check &amp;variances (recount)</source>
        <translation>检查差异（复盘）(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>审批(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Post adjustments</source>
        <translation>过账调整(&amp;P)</translation>
    </message>
    <message>
        <source>Cancel stocktake…</source>
        <translation>取消盘点…</translation>
    </message>
    <message>
        <source>#%1 %2 — %3, %4</source>
        <translation>#%1 %2 — %3，%4</translation>
    </message>
    <message>
        <source>No stocktakes yet</source>
        <translation>还没有盘点</translation>
    </message>
    <message>
        <source>Start a stocktake to count a location.</source>
        <translation>开始盘点以清点一个库位。</translation>
    </message>
    <message>
        <source>%1 at %2, frozen %3</source>
        <translation>%2 的%1，冻结于 %3</translation>
    </message>
    <message>
        <source> · blind count</source>
        <translation> · 盲盘</translation>
    </message>
    <message>
        <source> · categories: %1</source>
        <translation> · 类别：%1</translation>
    </message>
    <message>
        <source>Counted %1 of %2 lines</source>
        <translation>已盘 %1 / %2 行</translation>
    </message>
    <message>
        <source>; %1 line(s) wait for a recount</source>
        <translation>；%1 行待复盘</translation>
    </message>
    <message>
        <source>✓ %1 %2: +%3, counted %4 %5</source>
        <translation>✓ %1 %2：+%3，已盘 %4 %5</translation>
    </message>
    <message>
        <source> (expected %1)</source>
        <translation>（账面 %1）</translation>
    </message>
    <message>
        <source> — not on the frozen list, added</source>
        <translation> — 不在冻结清单中，已添加</translation>
    </message>
    <message>
        <source>Select the line to correct first.</source>
        <translation>请先选择要更正的行。</translation>
    </message>
    <message>
        <source>Correct count</source>
        <translation>更正盘点数</translation>
    </message>
    <message>
        <source>Counted quantity of %1:</source>
        <translation>%1 的实盘数量：</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) must be counted again.</source>
        <translation>
            <numerusform>%n 行需要复盘。</numerusform>
        </translation>
    </message>
    <message>
        <source>No variance exceeds the threshold.</source>
        <translation>没有超过阈值的差异。</translation>
    </message>
    <message>
        <source>Approved. Post the adjustments to update the stock.</source>
        <translation>已审批。请过账调整以更新库存。</translation>
    </message>
    <message>
        <source>Post stocktake</source>
        <translation>盘点过账</translation>
    </message>
    <message>
        <source>Post all adjustments of stocktake %1 now? Uncounted lines stay unchanged.</source>
        <translation>现在过账盘点 %1 的全部调整吗？未盘点的行保持不变。</translation>
    </message>
    <message>
        <source>Posted: %1 line(s) adjusted, variance %2 units worth %3; %4 line(s) not counted.</source>
        <translation>已过账：调整 %1 行，差异 %2 件，金额 %3；%4 行未盘点。</translation>
    </message>
    <message>
        <source>Cancel stocktake</source>
        <translation>取消盘点</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Count &amp;sheet (PDF)…</source>
        <translation>盘点表 (PDF)(&amp;S)…</translation>
    </message>
    <message>
        <source>Save count sheet</source>
        <translation>保存盘点表</translation>
    </message>
    <message>
        <source>count-sheet-%1.pdf</source>
        <translation>盘点表-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Count sheet saved: %1</source>
        <translation>盘点表已保存：%1</translation>
    </message>
</context>
<context>
    <name>as::StocktakeService</name>
    <message>
        <source>Stocktake %1 does not exist.</source>
        <translation>盘点 %1 不存在。</translation>
    </message>
    <message>
        <source>Stocktake %1 is already posted.</source>
        <translation>盘点 %1 已过账。</translation>
    </message>
    <message>
        <source>Stocktake %1 was cancelled.</source>
        <translation>盘点 %1 已取消。</translation>
    </message>
    <message>
        <source>Stock location %1 does not exist.</source>
        <translation>库位 %1 不存在。</translation>
    </message>
    <message>
        <source>Stocktake %1 of %2 is still open; post or cancel it first.</source>
        <translation>%2 的盘点 %1 仍未结束；请先过账或取消。</translation>
    </message>
    <message>
        <source>Scan or type a part code.</source>
        <translation>请扫描或输入配件编码。</translation>
    </message>
    <message>
        <source>A counted quantity cannot be negative.</source>
        <translation>实盘数量不能为负。</translation>
    </message>
    <message>
        <source>Stocktake %1 is already approved; counts can no longer change.</source>
        <translation>盘点 %1 已审批；盘点数不能再修改。</translation>
    </message>
    <message>
        <source>Unknown code &quot;%1&quot;: no part has this code. Not counted.</source>
        <translation>未知编码“%1”：没有配件使用此编码。未计入盘点。</translation>
    </message>
    <message>
        <source>Part %1 (category &quot;%2&quot;) is not part of this stocktake (%3). Not counted.</source>
        <translation>配件 %1（类别“%2”）不在本次盘点范围内（%3）。未计入盘点。</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>The part is not on stocktake %1; scan it to add it.</source>
        <translation>该配件不在盘点 %1 中；扫描即可添加。</translation>
    </message>
    <message>
        <source>Stocktake %1 was changed by someone else. Reload and try again.</source>
        <translation>盘点 %1 已被他人修改。请重新加载后重试。</translation>
    </message>
    <message>
        <source>Stocktake %1 is already approved.</source>
        <translation>盘点 %1 已审批。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) still wait for their recount (first: %1).</source>
        <translation>
            <numerusform>还有 %n 行等待复盘（第一行：%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stocktake %1</source>
        <translation>盘点 %1</translation>
    </message>
    <message>
        <source>Cancelling a stocktake needs a reason.</source>
        <translation>取消盘点需要填写原因。</translation>
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
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is an old Excel (.xls) workbook; save it as .xlsx or CSV.</source>
        <translation>%1 是旧版 Excel（.xls）工作簿；请另存为 .xlsx 或 CSV。</translation>
    </message>
</context>
<context>
    <name>as::TimelineView</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>as::Transaction</name>
    <message>
        <source>Internal error: commit of a transaction that is not active.</source>
        <translation>内部错误：提交了一个未处于活动状态的事务。</translation>
    </message>
</context>
<context>
    <name>as::UserDirectory</name>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>没有用户“%1”。</translation>
    </message>
    <message>
        <source>There is no user with id %1.</source>
        <translation>没有编号为 %1 的用户。</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; is deactivated.</source>
        <translation>用户“%1”已停用。</translation>
    </message>
</context>
<context>
    <name>as::UserService</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The password must not begin or end with a space.</source>
        <translation>密码不能以空格开头或结尾。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; is deactivated.</source>
        <translation>用户“%1”已停用。</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; is locked after repeated wrong passwords until %2 (UTC).</source>
        <translation>用户“%1”因多次输错密码被锁定，直到 %2（UTC）。</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; has no password yet; ask a manager to set one.</source>
        <translation>用户“%1”还没有密码；请让经理设置。</translation>
    </message>
    <message>
        <source>Wrong password. User &quot;%1&quot; is now locked for %2 minutes.</source>
        <translation>密码错误。用户“%1”现已锁定 %2 分钟。</translation>
    </message>
    <message>
        <source>Login &quot;%1&quot; must be 2 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>登录名“%1”必须由 2 到 32 个字母、数字、“.”、“_”或“-”组成。</translation>
    </message>
    <message>
        <source>Only an administrator may create another administrator.</source>
        <translation>只有系统管理员可以创建另一个系统管理员。</translation>
    </message>
    <message>
        <source>There is already a user &quot;%1&quot;.</source>
        <translation>已经有用户“%1”。</translation>
    </message>
    <message>
        <source>Only an administrator may change an administrator&apos;s password.</source>
        <translation>只有系统管理员可以修改系统管理员的密码。</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself.</source>
        <translation>您不能停用自己。</translation>
    </message>
    <message>
        <source>The last active administrator cannot be deactivated.</source>
        <translation>不能停用最后一个在用的系统管理员。</translation>
    </message>
    <message>
        <source>Only an administrator may make someone an administrator.</source>
        <translation>只有系统管理员可以将他人设为系统管理员。</translation>
    </message>
</context>
<context>
    <name>as::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
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
        <translation>启用</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>更改角色(&amp;R)…</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>设置密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate / activate</source>
        <translation>停用 / 启用(&amp;D)</translation>
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
        <translation>已设置</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>optional; at least %1 characters</source>
        <translation>可选；至少 %1 个字符</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>登录名(&amp;L)</translation>
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
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>%1 的角色</translation>
    </message>
    <message>
        <source>Role not changed</source>
        <translation>角色未更改</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
</context>
<context>
    <name>as::WorkOrderSource</name>
    <message>
        <source>Setting company.logo: cannot read %1 (%2); printing without a logo.</source>
        <translation>设置 company.logo：无法读取 %1（%2）；将不带标志打印。</translation>
    </message>
</context>
<context>
    <name>as::WorkingCalendar</name>
    <message>
        <source>Working hours setting is not a JSON object.</source>
        <translation>工作时间设置不是 JSON 对象。</translation>
    </message>
    <message>
        <source>Working hours for %1: &quot;%2&quot; is not a valid time range (HH:mm to HH:mm).</source>
        <translation>%1 的工作时间：“%2”不是有效的时间段（HH:mm 至 HH:mm）。</translation>
    </message>
    <message>
        <source>Working hours for %1 overlap.</source>
        <translation>%1 的工作时间有重叠。</translation>
    </message>
</context>
<context>
    <name>as::XlsxReader</name>
    <message>
        <source>%1 is not a readable XLSX workbook (the zip archive is damaged or cut off).</source>
        <translation>%1 不是可读取的 XLSX 工作簿（zip 压缩包已损坏或被截断）。</translation>
    </message>
    <message>
        <source>%1 is not a readable XLSX workbook: %2.</source>
        <translation>%1 不是可读取的 XLSX 工作簿：%2。</translation>
    </message>
    <message>
        <source>xl/workbook.xml is missing</source>
        <translation>缺少 xl/workbook.xml</translation>
    </message>
    <message>
        <source>shared strings: %1</source>
        <translation>共享字符串：%1</translation>
    </message>
    <message>
        <source>the first worksheet (%1) is missing</source>
        <translation>缺少第一个工作表（%1）</translation>
    </message>
    <message>
        <source>the cell holds the error value %1</source>
        <translation>单元格含有错误值 %1</translation>
    </message>
    <message>
        <source>the cell holds a formula%1; import takes values only: copy the column, paste it as values and save again</source>
        <translation>单元格含有公式%1；导入只接受数值：请复制该列，以“值”粘贴后重新保存</translation>
    </message>
    <message>
        <source>%1: the worksheet is damaged near row %2: %3</source>
        <translation>%1：工作表在第 %2 行附近已损坏：%3</translation>
    </message>
    <message>
        <source>%1: the worksheet ends in the middle (is the file cut off?).</source>
        <translation>%1：工作表中途结束（文件是否被截断？）。</translation>
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
        <translation>%1：参数个数不对。参见：aftersales-cli --help</translation>
    </message>
    <message>
        <source>This database requires a login: add --user NAME (password from AFTERSALES_PASSWORD or a prompt).</source>
        <translation>此数据库需要登录：请添加 --user 用户名（密码取自 AFTERSALES_PASSWORD 或提示输入）。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>No password given for %1 (set AFTERSALES_PASSWORD or type it at the prompt).</source>
        <translation>未提供 %1 的密码（请设置 AFTERSALES_PASSWORD 或在提示时输入）。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See: aftersales-cli --help</source>
        <translation>未知命令“%1”。参见：aftersales-cli --help</translation>
    </message>
    <message>
        <source>backup: --out FILE is required.</source>
        <translation>backup：必须指定 --out 文件。</translation>
    </message>
    <message>
        <source>Backup written and verified: %1 (%2 bytes)</source>
        <translation>备份已写入并校验：%1（%2 字节）</translation>
    </message>
    <message>
        <source>restore: --from FILE is required.</source>
        <translation>restore：必须指定 --from 文件。</translation>
    </message>
    <message>
        <source>Restored from %1. The data before the restore was saved in %2.</source>
        <translation>已从 %1 恢复。恢复前的数据已保存在 %2。</translation>
    </message>
    <message>
        <source>Database %1 is at schema %2.</source>
        <translation>数据库 %1 的结构版本为 %2。</translation>
    </message>
    <message>
        <source>demo: --orders N is required.</source>
        <translation>demo：必须指定 --orders N。</translation>
    </message>
    <message>
        <source>demo: --orders must be a whole number, not &quot;%1&quot;.</source>
        <translation>demo：--orders 必须是整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>demo: --seed must be a whole number, not &quot;%1&quot;.</source>
        <translation>demo：--seed 必须是整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>demo: --now &quot;%1&quot; is not an ISO 8601 time.</source>
        <translation>demo：--now “%1”不是 ISO 8601 时间。</translation>
    </message>
    <message>
        <source>Demo data: %1 users, %2 customers, %3 products, %4 orders, %5 order events</source>
        <translation>演示数据：%1 个用户、%2 位客户、%3 个产品、%4 张工单、%5 条工单事件</translation>
    </message>
    <message>
        <source> in %1 s.</source>
        <translation>，用时 %1 秒。</translation>
    </message>
    <message>
        <source>import: unknown kind &quot;%1&quot;; one of: %2</source>
        <translation>import：未知类型“%1”；可选：%2</translation>
    </message>
    <message>
        <source>import: --map &quot;%1&quot;: write COLUMN=HEADER with COLUMN one of: %2</source>
        <translation>import：--map “%1”：请写成 COLUMN=HEADER，COLUMN 可选：%2</translation>
    </message>
    <message>
        <source>%1: columns not used by %2 import (ignored): %3</source>
        <translation>%1：%2导入不使用的列（已忽略）：%3</translation>
    </message>
    <message>
        <source>%1: %2 problem(s) in %3 data row(s); nothing was imported.</source>
        <translation>%1：%3 个数据行中有 %2 个问题；未导入任何内容。</translation>
    </message>
    <message>
        <source>%1 rows checked, %2, no problems; would import: %3. Nothing was written (--dry-run).</source>
        <translation>已检查 %1 行，%2，没有问题；将导入：%3。未写入任何内容（--dry-run）。</translation>
    </message>
    <message>
        <source>%1 rows read, %2; imported: %3 in %4 s.</source>
        <translation>已读取 %1 行，%2；已导入：%3，用时 %4 秒。</translation>
    </message>
    <message>
        <source>export: unknown list &quot;%1&quot;; one of: %2</source>
        <translation>export：未知列表“%1”；可选：%2</translation>
    </message>
    <message>
        <source>export: --format must be csv or xlsx.</source>
        <translation>export：--format 必须是 csv 或 xlsx。</translation>
    </message>
    <message>
        <source>export: --out FILE is required.</source>
        <translation>export：必须指定 --out 文件。</translation>
    </message>
    <message>
        <source>export: --%1 &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>export：--%1 “%2”不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>export: --to is before --from.</source>
        <translation>export：--to 早于 --from。</translation>
    </message>
    <message>
        <source>%1 rows written to %2.</source>
        <translation>已写入 %1 行到 %2。</translation>
    </message>
    <message>
        <source>print work-order: --out FILE.pdf is required.</source>
        <translation>print work-order：必须指定 --out 文件.pdf。</translation>
    </message>
    <message>
        <source>print work-order: --paper &quot;%1&quot; is not a paper size; use A4 or A5.</source>
        <translation>print work-order：--paper “%1”不是纸张尺寸；请用 A4 或 A5。</translation>
    </message>
    <message>
        <source>%1: work order %2 (%3)</source>
        <translation>%1：工单 %2（%3）</translation>
    </message>
    <message>
        <source>stock move: --type must be receipt, issue, return, scrap, transfer or sale (not &quot;%1&quot;).</source>
        <translation>stock move：--type 必须是 receipt、issue、return、scrap、transfer 或 sale（而不是“%1”）。</translation>
    </message>
    <message>
        <source>stock move: --part CODE and --qty N are required.</source>
        <translation>stock move：必须指定 --part 编码 和 --qty 数量。</translation>
    </message>
    <message>
        <source>stock move: --qty must be a whole number (not &quot;%1&quot;).</source>
        <translation>stock move：--qty 必须是整数（而不是“%1”）。</translation>
    </message>
    <message>
        <source>stock move: --rejected must be a whole number (not &quot;%1&quot;).</source>
        <translation>stock move：--rejected 必须是整数（而不是“%1”）。</translation>
    </message>
    <message>
        <source>stock move: a transfer needs --to LOCATION.</source>
        <translation>stock move：调拨需要 --to 库位。</translation>
    </message>
    <message>
        <source>movement %1: %2 at %3 now %4</source>
        <translation>变动 %1：%3 处 %2 现为 %4</translation>
    </message>
    <message>
        <source>, at %1 now %2</source>
        <translation>，%1 处现为 %2</translation>
    </message>
    <message>
        <source>stock: unknown action &quot;%1&quot; (onhand, move).</source>
        <translation>stock：未知操作“%1”（onhand、move）。</translation>
    </message>
    <message>
        <source>stock move: --type is required.</source>
        <translation>stock move：必须指定 --type。</translation>
    </message>
    <message>
        <source>stocktake: unknown action &quot;%1&quot; (start, count, recount, approve, post, show, list).</source>
        <translation>stocktake：未知操作“%1”（start、count、recount、approve、post、show、list）。</translation>
    </message>
    <message>
        <source>stocktake %1: the session ID is required.</source>
        <translation>stocktake %1：必须指定盘点编号。</translation>
    </message>
    <message>
        <source>stocktake count: ID and FILE are required.</source>
        <translation>stocktake count：必须指定编号和文件。</translation>
    </message>
    <message>
        <source>stocktake start: --location L is required.</source>
        <translation>stocktake start：必须指定 --location 库位。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>row %1, column counted: &quot;%2&quot; is not a whole number</source>
        <translation>第 %1 行，counted 列：“%2”不是整数</translation>
    </message>
    <message>
        <source>%1 counts recorded</source>
        <translation>已记录 %1 条盘点数</translation>
    </message>
    <message>
        <source>%1 lines to recount</source>
        <translation>%1 行需复盘</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>users list takes no further arguments.</source>
        <translation>users list 不接受其他参数。</translation>
    </message>
    <message>
        <source>users %1: LOGIN is required.</source>
        <translation>users %1：必须指定登录名。</translation>
    </message>
    <message>
        <source>users: unknown action &quot;%1&quot; (add, list, passwd, disable, enable).</source>
        <translation>users：未知操作“%1”（add、list、passwd、disable、enable）。</translation>
    </message>
    <message>
        <source>users add: --role ROLE is required.</source>
        <translation>users add：必须指定 --role 角色。</translation>
    </message>
    <message>
        <source>users add: unknown role &quot;%1&quot; (manager, agent, technician, parts_clerk, logistics, admin).</source>
        <translation>users add：未知角色“%1”（manager、agent、technician、parts_clerk、logistics、admin）。</translation>
    </message>
    <message>
        <source>User %1 added (%2%3).</source>
        <translation>已添加用户 %1（%2%3）。</translation>
    </message>
    <message>
        <source>, no password yet</source>
        <translation>，尚无密码</translation>
    </message>
    <message>
        <source>No new password given for %1.</source>
        <translation>未提供 %1 的新密码。</translation>
    </message>
    <message>
        <source>Password of %1 changed.</source>
        <translation>%1 的密码已修改。</translation>
    </message>
    <message>
        <source>User %1 enabled.</source>
        <translation>用户 %1 已启用。</translation>
    </message>
    <message>
        <source>User %1 disabled; their history is kept.</source>
        <translation>用户 %1 已停用；其历史记录会保留。</translation>
    </message>
    <message>
        <source>print count-sheet: ID must be a stocktake number.</source>
        <translation>print count-sheet：编号必须是盘点单号。</translation>
    </message>
    <message>
        <source>print count-sheet: --out FILE.pdf is required.</source>
        <translation>print count-sheet：必须指定 --out 文件.pdf。</translation>
    </message>
    <message>
        <source>%1: count sheet of stocktake %2, %3 lines</source>
        <translation>%1：盘点 %2 的盘点表，共 %3 行</translation>
    </message>
    <message>
        <source>print complaint: --out FILE.pdf is required.</source>
        <translation>print complaint：必须指定 --out FILE.pdf。</translation>
    </message>
    <message>
        <source>%1: complaint %2</source>
        <translation>%1：投诉 %2</translation>
    </message>
    <message>
        <source>print: unknown form &quot;%1&quot;; one of: work-order, count-sheet, complaint</source>
        <translation>print：未知表单“%1”；可用：work-order、count-sheet、complaint</translation>
    </message>
    <message>
        <source>report: --format must be pdf, xlsx or csv.</source>
        <translation>report：--format 必须是 pdf、xlsx 或 csv。</translation>
    </message>
    <message>
        <source>report: --out FILE is required.</source>
        <translation>report：必须指定 --out FILE。</translation>
    </message>
    <message>
        <source>report: give either --month YYYY-MM or --from DATE --to DATE.</source>
        <translation>report：请指定 --month YYYY-MM 或 --from DATE --to DATE。</translation>
    </message>
    <message>
        <source>report: --month &quot;%1&quot; is not a month; write YYYY-MM.</source>
        <translation>report：--month “%1”不是月份；请写 YYYY-MM。</translation>
    </message>
    <message>
        <source>report: --%1 &quot;%2&quot; is not a date; write YYYY-MM-DD.</source>
        <translation>report：--%1 “%2”不是日期；请写 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>report: --to is before --from.</source>
        <translation>report：--to 早于 --from。</translation>
    </message>
    <message>
        <source>%1: KPI report %2 (%3)</source>
        <translation>%1：KPI 报告 %2（%3）</translation>
    </message>
    <message>
        <source>Warning: the stored KPI figures were not updated (%1); the first report will compute them.</source>
        <translation>警告：未能更新已存储的 KPI 数据（%1）；首次生成报表时将重新计算。</translation>
    </message>
</context>
<context>
    <name>as::complaints::ComplaintActions</name>
    <message>
        <source>Complaint handling sheet</source>
        <translation>投诉处理单</translation>
    </message>
    <message>
        <source>Save the complaint handling sheet</source>
        <translation>保存投诉处理单</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Handling sheet (PDF)…</source>
        <translation>处理单 (PDF)…</translation>
    </message>
    <message>
        <source>Select a complaint first.</source>
        <translation>请先选择一件投诉。</translation>
    </message>
    <message>
        <source>New &amp;complaint…</source>
        <translation>新建投诉(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>as::fmt</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
</context>
<context>
    <name>as::print::Barcodes</name>
    <message>
        <source>Out of memory while encoding a barcode.</source>
        <translation>生成条码时内存不足。</translation>
    </message>
    <message>
        <source>Cannot encode &quot;%1&quot; as a barcode: %2</source>
        <translation>无法将“%1”编码为条码：%2</translation>
    </message>
</context>
<context>
    <name>as::print::ComplaintSheetDocument</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>投诉 %1</translation>
    </message>
    <message>
        <source>Cannot start printing (the printer or file refused to open).</source>
        <translation>无法开始打印（打印机或文件无法打开）。</translation>
    </message>
    <message>
        <source>Complaint handling sheet</source>
        <translation>投诉处理单</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>投诉时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Orders concerned</source>
        <translation>涉及工单</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Customer expects</source>
        <translation>客户诉求</translation>
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
        <translation>处理方案期限</translation>
    </message>
    <message>
        <source>Remedy proposed</source>
        <translation>已提出处理方案</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>责任归属</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新处理</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>调查记录</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Customer informed</source>
        <translation>已告知客户</translation>
    </message>
    <message>
        <source>Customer&apos;s verdict</source>
        <translation>客户评价</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation>客户反馈</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Handled by: ______________</source>
        <translation>处理人：______________</translation>
    </message>
    <message>
        <source>Manager: ______________</source>
        <translation>经理：______________</translation>
    </message>
    <message>
        <source>Customer: ______________</source>
        <translation>客户：______________</translation>
    </message>
    <message>
        <source>Printing did not finish.</source>
        <translation>打印未完成。</translation>
    </message>
</context>
<context>
    <name>as::print::CountSheetDocument</name>
    <message>
        <source>Stocktake count sheet</source>
        <translation>盘点表</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>编号 %1</translation>
    </message>
    <message>
        <source>Location %1 · frozen %2 · %3 lines</source>
        <translation>库位 %1 · 冻结于 %2 · 共 %3 行</translation>
    </message>
    <message>
        <source> · categories: %1</source>
        <translation> · 类别：%1</translation>
    </message>
    <message>
        <source> · blind count</source>
        <translation> · 盲盘</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>货位</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>账面数量</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实盘数量</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Stocktake %1 count sheet</source>
        <translation>盘点 %1 盘点表</translation>
    </message>
    <message>
        <source>Cannot start printing (the printer or file refused to open).</source>
        <translation>无法开始打印（打印机或文件无法打开）。</translation>
    </message>
    <message>
        <source>Cannot start a new page.</source>
        <translation>无法开始新的一页。</translation>
    </message>
    <message>
        <source>Counted by: ____________________</source>
        <translation>盘点人：____________________</translation>
    </message>
    <message>
        <source>Checked by: ____________________</source>
        <translation>复核人：____________________</translation>
    </message>
    <message>
        <source>Printing did not finish.</source>
        <translation>打印未完成。</translation>
    </message>
</context>
<context>
    <name>as::print::FormTemplate</name>
    <message>
        <source>Cannot read the form %1: %2</source>
        <translation>无法读取表单 %1：%2</translation>
    </message>
    <message>
        <source>The form %1 is not valid JSON (offset %2): %3</source>
        <translation>表单 %1 不是有效的 JSON（偏移 %2）：%3</translation>
    </message>
    <message>
        <source>The form %1 names an unknown paper size &quot;%2&quot;.</source>
        <translation>表单 %1 指定了未知的纸张尺寸“%2”。</translation>
    </message>
    <message>
        <source>The form %1 must define the papers A4 and A5.</source>
        <translation>表单 %1 必须定义 A4 和 A5 纸张。</translation>
    </message>
</context>
<context>
    <name>as::print::ReportDocument</name>
    <message>
        <source>Cannot start a new page of the report.</source>
        <translation>无法开始报告的新页面。</translation>
    </message>
    <message>
        <source>After-sales report %1 · page %2</source>
        <translation>售后报告 %1 · 第 %2 页</translation>
    </message>
    <message>
        <source>No data in this period.</source>
        <translation>本期无数据。</translation>
    </message>
    <message>
        <source>After-sales monthly report</source>
        <translation>售后服务月度报告</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Period: %1 (compared with %2)</source>
        <translation>期间：%1（对比 %2）</translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>生成时间：%1</translation>
    </message>
    <message>
        <source>Key performance indicators</source>
        <translation>关键绩效指标</translation>
    </message>
    <message>
        <source>12-month trends (dashed: target)</source>
        <translation>12 个月趋势（虚线：目标）</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开单数</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完工数</translation>
    </message>
    <message>
        <source>Orders opened and completed per week</source>
        <translation>每周开单与完工数</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>未结工单</translation>
    </message>
    <message>
        <source>Backlog at period end by age</source>
        <translation>期末积压工单（按时长）</translation>
    </message>
    <message>
        <source>Repair orders</source>
        <translation>维修工单</translation>
    </message>
    <message>
        <source>Faults by product model (Pareto, top 12)</source>
        <translation>按产品型号的故障（帕累托，前 12）</translation>
    </message>
    <message>
        <source>Complaints by category</source>
        <translation>按类别的投诉</translation>
    </message>
    <message>
        <source>Complaints by responsibility</source>
        <translation>按责任归属的投诉</translation>
    </message>
    <message>
        <source>Parts consumption by category (yuan)</source>
        <translation>按类别的配件消耗（元）</translation>
    </message>
    <message>
        <source>Cannot start printing (the printer or file refused to open).</source>
        <translation>无法开始打印（打印机或文件无法打开）。</translation>
    </message>
    <message>
        <source>Manager&apos;s notes</source>
        <translation>经理备注</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Top faults by product model</source>
        <translation>故障最多的产品型号</translation>
    </message>
    <message>
        <source>Complaint summary</source>
        <translation>投诉汇总</translation>
    </message>
    <message>
        <source>(complaints are not recorded in this database)</source>
        <translation>（此数据库未记录投诉）</translation>
    </message>
    <message>
        <source>Parts summary</source>
        <translation>配件汇总</translation>
    </message>
    <message>
        <source>Backlog and weekly volume</source>
        <translation>积压工单与每周工单量</translation>
    </message>
    <message>
        <source>Printing did not finish.</source>
        <translation>打印未完成。</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>无法写入 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>After-sales report %1</source>
        <translation>售后报告 %1</translation>
    </message>
</context>
<context>
    <name>as::print::WorkOrderDocument</name>
    <message>
        <source>There is no work order to print.</source>
        <translation>没有要打印的工单。</translation>
    </message>
    <message>
        <source>Cannot start printing (the printer or file refused to open).</source>
        <translation>无法开始打印（打印机或文件无法打开）。</translation>
    </message>
    <message>
        <source>Cannot start a new page for %1.</source>
        <translation>无法为 %1 开始新的一页。</translation>
    </message>
    <message>
        <source>Printing did not finish.</source>
        <translation>打印未完成。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s)</source>
        <translation>
            <numerusform>%n 张工单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>as::print::WorkOrderRenderer</name>
    <message>
        <source>Tel. %1</source>
        <translation>电话 %1</translation>
    </message>
    <message>
        <source>After-sales service</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <source>Service Work Order</source>
        <translation>售后服务派遣单</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>优先级：%1</translation>
    </message>
    <message>
        <source>Rework order</source>
        <translation>返修单</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Part code</source>
        <translation>配件编码</translation>
    </message>
    <message>
        <source>Part name</source>
        <translation>配件名称</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s) in the order record</source>
        <translation>
            <numerusform>… 工单记录中还有 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — in warranty: free of charge</source>
        <translation>%1 — 保内：免费</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>工时费</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>上门费</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>收据号</translation>
    </message>
    <message>
        <source>Recorded: %1, %2</source>
        <translation>已登记：%1，%2</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>维修技师</translation>
    </message>
    <message>
        <source>Customer acceptance</source>
        <translation>客户验收签字</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>签字：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>打印于 %1</translation>
    </message>
    <message>
        <source>Service hotline %1</source>
        <translation>服务热线 %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Product model</source>
        <translation>产品型号</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>保修</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开单时间</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>故障现象</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>故障诊断</translation>
    </message>
    <message>
        <source>Repair plan / work done</source>
        <translation>维修方案 / 维修内容</translation>
    </message>
    <message>
        <source>Rework of</source>
        <translation>返修原单</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Parts used</source>
        <translation>使用配件</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Terms of service</source>
        <translation>服务条款</translation>
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
        <translation>1. 保修期内的产品维修免费，但因使用不当、意外或非授权维修造成的故障除外。
2. 保外（或使用不当）的工时费、配件费和上门费按报价收取；客户同意报价后才开始维修。
3. 签字前请检查产品。请保留本单：它是您保修索赔和回访的服务凭证。</translation>
    </message>
    <message>
        <source>I confirm that the service described above has been completed and the product works properly.</source>
        <translation>本人确认上述服务已完成，产品工作正常。</translation>
    </message>
    <message>
        <source>I confirm that the work above was carried out and checked.</source>
        <translation>本人确认上述工作已完成并经检查。</translation>
    </message>
</context>
<context>
    <name>as::printing::PrintActions</name>
    <message>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>There is no work order to print.</source>
        <translation>没有要打印的工单。</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s)</source>
        <translation>
            <numerusform>%n 张工单</numerusform>
        </translation>
    </message>
    <message>
        <source>Print work orders</source>
        <translation>打印工单</translation>
    </message>
    <message>
        <source>Save work order as PDF</source>
        <translation>将工单另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>Preview and print the selected work order</source>
        <translation>预览并打印选中的工单</translation>
    </message>
    <message>
        <source>Select a service order first.</source>
        <translation>请先选择一张维修工单。</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
</context>
</TS>
