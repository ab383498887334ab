; Inno Setup script for the Windows installer of Aftersales.
; Not exercised on the Debian build machine; see README.md "Windows" for the steps.
; Build:  iscc /DSourceDir=C:\build\aftersales-deploy /DAppVersion=0.1.0 packaging\windows\aftersales.iss
; SourceDir is the folder prepared by packaging\windows\deploy.ps1 (executables + windeployqt output).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\build\windows-deploy"
#endif

[Setup]
AppId={{6B1D7E0A-5C1F-4C64-9E3B-7A2F0C9D4E11}
AppName=Aftersales
AppVersion={#AppVersion}
AppPublisher=Aftersales
DefaultDirName={autopf}\Aftersales
DefaultGroupName=Aftersales
OutputBaseFilename=aftersales-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64
PrivilegesRequiredOverridesAllowed=dialog
SetupIconFile=aftersales.ico
UninstallDisplayIcon={app}\aftersales.exe
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "zh_TW"; MessagesFile: "compiler:Languages\ChineseTraditional.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; Executables, Qt DLLs and plug-ins (platforms, sqldrivers, styles, imageformats,
; printsupport), Qt translations and the runtime DLLs (sqlite3, libsodium, libzip,
; xlsxwriter, zlib) as gathered by deploy.ps1.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Aftersales"; Filename: "{app}\aftersales.exe"
Name: "{group}\Aftersales command line"; Filename: "{cmd}"; Parameters: "/k ""{app}\aftersales-cli.exe"" --help"; WorkingDir: "{userdocs}"
Name: "{group}\{cm:UninstallProgram,Aftersales}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Aftersales"; Filename: "{app}\aftersales.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\aftersales.exe"; Description: "{cm:LaunchProgram,Aftersales}"; Flags: nowait postinstall skipifsilent

; The database is never in {app}: it lives in %LOCALAPPDATA%\Aftersales\aftersales\ (or a
; shared folder chosen in File > Open database) and survives uninstalling and upgrading.
