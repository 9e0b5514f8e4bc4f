; Inno Setup script: Asylum Desk for Windows, installed per user (no administrator rights).
;
; Build the one-folder program first, on Windows, from the checkout:
;   py -3.11 -m venv .venv && .venv\Scripts\pip install -e .[package]
;   .venv\Scripts\pyinstaller packaging\asylum-desk.spec --noconfirm --distpath dist --workpath build\pyinstaller
; then compile this script (Inno Setup 6):
;   iscc packaging\windows\asylum-desk.iss
; which writes dist\asylum-desk-<version>-windows-x64-setup.exe. packaging\README.md has the
; details. Keep AppVersion equal to the version in pyproject.toml (a test checks it), or pass
; /DAppVersion=x.y.z to iscc.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Asylum Desk"
#define AppExe "Asylum Desk.exe"

[Setup]
; The AppId identifies the installation for updates and uninstalling: never change it.
AppId={{DF165665-9D31-4625-BFDD-F5E6940D516A}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Asylum Desk contributors
; Per user: %LOCALAPPDATA%\Programs\Asylum Desk, a start-menu entry of the user's own.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=asylum-desk-{#AppVersion}-windows-x64-setup
SetupIconFile=asylum-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; The vaults live in the user's data folder, not in {app}: uninstalling never removes them.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder: "Asylum Desk.exe" (the app, no console window),
; asylum-desk.exe (the command line, e.g. asylum-desk self-test) and _internal\.
Source: "..\..\dist\asylum-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the libraries wholesale, so no file of an older version stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
