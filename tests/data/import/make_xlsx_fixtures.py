#!/usr/bin/python3
"""Regenerates the XLSX fixtures of the import tests (python3-openpyxl)."""
import datetime
import openpyxl

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "客户"
ws.append(["客户名称", "电话", "类型", "型号", "序列号", "购买日期", "保修月数"])
ws.append(["王小明", "13900139000", "consumer", "KFR-35GW", "XL-0001", datetime.date(2025, 6, 18), 24])
ws.append(["Acme 贸易", "021-62345678", "business", "KFR-72LW", "XL-0002", datetime.datetime(2024, 11, 3, 0, 0), 12])
ws.append(["李雷", None, "dealer", None, None, None, None])
ws["F2"].number_format = "yyyy-mm-dd"
wb.save("customers.xlsx")

wb = openpyxl.Workbook()
ws = wb.active
ws.append(["name", "phone", "model", "warranty_months"])
ws.append(["张三", "13800138000", "M1", 12])
ws.append(["李四", "13800138001", "M2", "=D2*2"])
wb.save("formulas.xlsx")
