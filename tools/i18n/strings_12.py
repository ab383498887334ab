# Context-specific wording: "Name" of a part or a holiday is 名称/名稱, not a person's 姓名.
C = {
    ('as::PartsPage', 'Name'): ('名称', '名稱'),
    ('as::PurchaseRequestsView', 'Name'): ('名称', '名稱'),
    ('as::StocktakeLinesModel', 'Name'): ('名称', '名稱'),
    ('as::KpiDrillDown', 'Name'): ('名称', '名稱'),
    ('as::ReportData', 'Name'): ('名称', '名稱'),
    ('as::CalendarSettings', 'Name'): ('名称', '名稱'),
}
C.update({
    ('as::PartsPage', 'Value'): ('金额', '金額'),          # value of defective stock (money)
    ('as::ReportData', 'Value'): ('数值', '數值'),         # a KPI's value
})
C.update({
    ('as::ComplaintWindow', 'Received'): ('收到投诉', '收到客訴'),                 # timeline: the complaint came in
    ('as::print::ComplaintSheetDocument', 'Received'): ('投诉时间', '客訴時間'),   # printed field: when it came in
})

S = {
    'Tick at least one order to link.': ('请至少勾选一张要关联的工单。', '請至少勾選一張要關聯的工單。'),
    'Order %1 belongs to another customer; it cannot be linked to complaint %2.':
        ('工单 %1 属于其他客户，不能关联到投诉 %2。', '工單 %1 屬於其他客戶，不能關聯到客訴 %2。'),
    '&Link orders…': ('关联工单(&L)…', '關聯工單(&L)…'),
    'Orders linked': ('已关联工单', '已關聯工單'),
    'Link orders to complaint %1': ('为投诉 %1 关联工单', '為客訴 %1 關聯工單'),
    'Orders of %1 not linked yet (Space ticks, Enter links):': ('%1 尚未关联的工单（空格键勾选，回车关联）：', '%1 尚未關聯的工單（空白鍵勾選，Enter 關聯）：'),
    '%1 has no other orders to link.': ('%1 没有其他可关联的工单。', '%1 沒有其他可關聯的工單。'),
    '&Link': ('关联(&L)', '關聯(&L)'),
    '%1 Close this dialog; the complaint window shows the current version.':
        ('%1 请关闭此对话框，投诉窗口会显示最新版本。', '%1 請關閉此對話框，客訴視窗會顯示最新版本。'),
}
