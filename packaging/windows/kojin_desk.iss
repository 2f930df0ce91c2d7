; Inno Setup 6 script: installs the PyInstaller folder dist\kojin_desk for the current user, Japanese UI.
;     iscc /DAppVersion=0.1.0 packaging\windows\kojin_desk.iss        (after building dist\kojin_desk)
; The vault lives in %LOCALAPPDATA%\kojin_desk (platformdirs user_data_dir), outside {app}: the
; uninstaller removes only what it installed and never touches that folder.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{5B0C7A8E-3F1D-4C62-9E57-2A4D7B9C1E30}
AppName=kojin_desk
AppVerName=kojin_desk {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=kojin_desk
; Per-user install: no administrator rights needed; {autopf} is then %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={autopf}\kojin_desk
DefaultGroupName=kojin_desk
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern
Compression=lzma2
SolidCompression=yes
LicenseFile=..\..\LICENSE
OutputDir=Output
OutputBaseFilename=kojin_desk-{#AppVersion}-setup
UninstallDisplayIcon={app}\kojin_desk.exe
UninstallDisplayName=kojin_desk

[Languages]
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"

[CustomMessages]
japanese.VaultKept=保管庫（%LOCALAPPDATA%\kojin_desk）は削除していません。不要になった場合は、バックアップを確認してからご自身で削除してください。
japanese.LaunchApp=kojin_desk を起動する

[Files]
Source: "..\..\dist\kojin_desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\kojin_desk"; Filename: "{app}\kojin_desk.exe"; WorkingDir: "{app}"
Name: "{autoprograms}\kojin_desk のアンインストール"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\kojin_desk.exe"; Description: "{cm:LaunchApp}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entry: the user's data folder must survive an uninstall (and an update).

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(ExpandConstant('{cm:VaultKept}'), mbInformation, MB_OK);
end;
