; Inno Setup 6 script: the Windows installer of Ontwikkeltafel (issue 17, point 1).
;
; First build the bundle on Windows (README, "Een installatiepakket maken"):
;   py -3.11 -m venv .venv && .venv\Scripts\pip install -e .[bundle]
;   .venv\Scripts\pyinstaller --noconfirm --distpath dist --workpath build\bundle packaging\ontwikkeltafel.spec
; then, with the version of pyproject.toml:
;   iscc /DAppVersion=0.1.0 packaging\windows\ontwikkeltafel.iss
; which writes dist\ontwikkeltafel-0.1.0-setup.exe.
;
; The installer puts dist\ontwikkeltafel\ in Program Files (or, for one user without admin
; rights, in their own programs folder), a Start menu entry that starts the window
; (ontwikkeltafelw.exe, without a console), an optional desktop icon, and an uninstaller
; (Apps & features). The command line of spec/cli.md is ontwikkeltafel.exe in the same folder.
;
; File associations: none by default. Ontwikkeltafel only offers itself under "Open with"
; for .json exchange files (ontwikkeltafel FILE.json offers to import it); it never becomes
; the program that opens .json or .docx files, which belong to other programs.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Ontwikkeltafel"
#define AppExe "ontwikkeltafelw.exe"

[Setup]
AppId={{6B1E4C3A-2F0D-4E8B-9A57-0D7AFE100017}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Ontwikkeltafel
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=ontwikkeltafel-{#AppVersion}-setup
SetupIconFile=ontwikkeltafel.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
ChangesAssociations=yes
; Releases are signed (README): iscc /Ssigntool="signtool sign /fd SHA256 /tr ... $f" ...
; SignTool=signtool

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\ontwikkeltafel\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Comment: "Tafels, bijeenkomsten, verslagen en acties"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Registry]
; "Open with" for .json only (Applications\<exe>\SupportedTypes): no default program changed.
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".json"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder: the user's databases, backups and settings stay (AppData).
Type: filesandordirs; Name: "{app}\_internal"
