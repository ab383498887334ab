# Reports page computing in the background; KPI cache check.
S = {
    'KPI figures cached for %1 – %2 differ from the data; deleted, they are recomputed when next shown.':
        ('%1 – %2 缓存的 KPI 数值与数据不符，已删除，下次显示时重新计算。',
         '%1 – %2 快取的 KPI 數值與資料不符，已刪除，下次顯示時重新計算。'),
    'Computing…': ('正在计算…', '正在計算…'),
    'Computing the figures in the background; the page stays usable.':
        ('正在后台计算数值，页面仍可继续使用。', '正在背景計算數值，頁面仍可繼續使用。'),
    'Computing %1…': ('正在计算 %1…', '正在計算 %1…'),
    'The figures are being computed; export the report when they are shown.':
        ('数值正在计算中，请在显示后再导出报表。', '數值正在計算中，請在顯示後再匯出報表。'),
}
S.update({
    'Updating the stored KPI figures…': ('正在更新已保存的 KPI 数值…', '正在更新已儲存的 KPI 數值…'),
})
# Weekly and technician counts in the report: numbers of orders, not the time an order was opened.
C = {}
for ctx in ('as::ReportData', 'as::ReportsPage', 'as::print::ReportDocument'):
    C[(ctx, 'Opened')] = ('开单数', '開單數')
    C[(ctx, 'Completed')] = ('完工数', '完工數')

S.update({
    "Warning: the stored KPI figures were not updated (%1); the first report will compute them.":
        ('警告：未能更新已存储的 KPI 数据（%1）；首次生成报表时将重新计算。',
         '警告：未能更新已儲存的 KPI 資料（%1）；首次產生報表時將重新計算。'),
})
