; Inno Setup 6 script for cardbox on Windows (never compiled here: the project's build machine is
; Linux; see packaging/README.md). Build the folder first, on Windows:
;   .venv\Scripts\pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\cardbox.spec
; then:  iscc /DAppVersion=0.1.0 packaging\windows\cardbox.iss   ->  dist\cardbox-0.1.0-setup.exe
; Installs per user by default (no admin prompt); an admin can choose "for all users".

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "cardbox"
#define AppId "io.github.cardbox.Cardbox"
#define ProgId "cardbox.vcard"

[Setup]
AppId={{6E7C2F0B-4C1D-4B8E-9E21-CA4DB0C0A001}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=The cardbox developers
AppPublisherURL=https://github.com/cardbox/cardbox
DefaultDirName={autopf}\cardbox
DefaultGroupName=cardbox
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=cardbox-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\cardbox-gui.exe
ChangesAssociations=yes

[Languages]
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "vcfdefault"; Description: "{cm:VcfDefault}"; Flags: unchecked

[CustomMessages]
es.VcfDefault=Abrir los archivos .vcf con cardbox
en.VcfDefault=Open .vcf files with cardbox

[Files]
; The whole PyInstaller folder: cardbox.exe (console), cardbox-gui.exe (windowed), _internal\
; with Tesseract (tesseract.exe, its DLLs, spa/eng/osd tessdata) and resources\.
Source: "..\..\dist\cardbox\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\cardbox"; Filename: "{app}\cardbox-gui.exe"; AppUserModelID: "{#AppId}"
Name: "{autodesktop}\cardbox"; Filename: "{app}\cardbox-gui.exe"; Tasks: desktopicon

[Registry]
; "Open with" for .vcf and card photos; the default for .vcf only when the user ticks the task.
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "vCard"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\cardbox-gui.exe,0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\cardbox-gui.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.vcf\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.vcf"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: vcfdefault
Root: HKA; Subkey: "Software\Classes\Applications\cardbox-gui.exe\SupportedTypes"; ValueType: string; ValueName: ".vcf"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\cardbox-gui.exe\SupportedTypes"; ValueType: string; ValueName: ".jpg"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\cardbox-gui.exe\SupportedTypes"; ValueType: string; ValueName: ".jpeg"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\cardbox-gui.exe\SupportedTypes"; ValueType: string; ValueName: ".png"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\cardbox-gui.exe\SupportedTypes"; ValueType: string; ValueName: ".heic"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\cardbox-gui.exe\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\cardbox-gui.exe"" ""%1"""

[Run]
Filename: "{app}\cardbox-gui.exe"; Description: "{cm:LaunchProgram,cardbox}"; Flags: nowait postinstall skipifsilent

; The tarjetero (%LOCALAPPDATA%\cardbox) is never removed by the uninstaller: the user's cards
; and notes outlive the program.
