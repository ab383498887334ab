# Gather everything the Windows installer ships into one folder (run in a
# "Developer PowerShell" with Qt 6 (MSVC 2019/2022 64-bit) and vcpkg on PATH):
#   packaging\windows\deploy.ps1 -Build build\windows -Out build\windows-deploy
# Then: iscc /DSourceDir=build\windows-deploy packaging\windows\aftersales.iss
param(
    [string]$Build = "build\windows",
    [string]$Out = "build\windows-deploy",
    [string]$Vcpkg = "$env:VCPKG_ROOT\installed\x64-windows"
)
$ErrorActionPreference = "Stop"
New-Item -ItemType Directory -Force -Path $Out | Out-Null
Copy-Item "$Build\app\Release\aftersales.exe", "$Build\app\Release\aftersales-cli.exe" $Out
# Qt DLLs, platform/sql/print plug-ins and Qt's own translations (zh_CN, zh_TW).
windeployqt --release --compiler-runtime --translations en,zh_CN,zh_TW `
    --no-opengl-sw "$Out\aftersales.exe" "$Out\aftersales-cli.exe"
# Third-party DLLs from vcpkg: sqlite3 libsodium zip xlsxwriter zlib (and PostgreSQL's libpq).
foreach ($dll in "sqlite3.dll", "libsodium.dll", "zip.dll", "xlsxwriter.dll", "zlib1.dll", "libpq.dll") {
    $p = Join-Path "$Vcpkg\bin" $dll
    if (Test-Path $p) { Copy-Item $p $Out }
}
# The installer's icon, made from the application's SVG (ImageMagick).
if (-not (Test-Path "packaging\windows\aftersales.ico")) {
    magick -background none resources\icons\aftersales.svg -define icon:auto-resize=256,48,32,16 packaging\windows\aftersales.ico
}
Copy-Item "packaging\windows\aftersales.ico" $Out
Write-Host "Deployed to $Out; now run iscc."
