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
