; Inno Setup script for the branch desk (Inno Setup 6.3 or newer, on Windows).
;
; Build the bundle first (dist\branchdesk, see packaging/README.md), then from the
; repository root:   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\branchdesk.iss
; The installer is written to dist\branchdesk-setup-<version>.exe.
;
; Installs for the current user only (no administrator needed on a library PC) into
; %LOCALAPPDATA%\Programs\branchdesk. The branch's data is elsewhere, in
; %LOCALAPPDATA%\branchdesk (the database, backups, logs, printouts): Setup never writes
; there and the uninstaller never deletes it, so uninstalling or installing a newer version
; keeps every reader and loan. A newer version migrates the database on its first start,
; after a backup.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
; The AppId ties updates and the uninstaller together: never change it.
AppId={{6E0B5E7C-2B8B-4C3A-9F0E-8D7B2F1A4C55}
AppName=branchdesk
AppVersion={#AppVersion}
AppVerName=branchdesk {#AppVersion}
AppPublisher=branchdesk
DefaultDirName={autopf}\branchdesk
DefaultGroupName=branchdesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SourceDir=..
OutputDir=dist
OutputBaseFilename=branchdesk-setup-{#AppVersion}
SetupIconFile=resources\icons\branchdesk.ico
UninstallDisplayIcon={app}\branchdesk.exe
UninstallDisplayName=branchdesk
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; A desk still running would keep its files open: Setup asks to close it.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole one-folder bundle. ignoreversion: always the files of this version.
Source: "dist\branchdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; The previous version's Python and Qt files: a newer bundle may not have them all.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\branchdesk"; Filename: "{app}\branchdesk.exe"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,branchdesk}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\branchdesk"; Filename: "{app}\branchdesk.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\branchdesk.exe"; Description: "{cm:LaunchProgram,branchdesk}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entry names %LOCALAPPDATA%\branchdesk: the branch's data stays.
