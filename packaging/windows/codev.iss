; Inno Setup 6 script: the Windows installer of Codev, from the PyInstaller folder dist\codev.
;
;     iscc /DAppVersion=0.1.0 packaging\windows\codev.iss
;
; .github/workflows/package.yml passes the version read from pyproject.toml (its one source) and
; writes dist\codev-<version>-windows-setup.exe. Installs for the current user by default (no
; administrator rights), for everyone when asked; the notes in %LOCALAPPDATA%\codev are never
; removed by the uninstaller.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\codev.iss
#endif

[Setup]
; Never change AppId: Windows recognises upgrades and the uninstaller by it.
AppId={{D8502900-3515-5E10-BB43-2E084634D1DC}
AppName=Codev
AppVersion={#AppVersion}
AppPublisher=The Codev team
DefaultDirName={autopf}\Codev
DefaultGroupName=Codev
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=codev-{#AppVersion}-windows-setup
SetupIconFile=build\icons\codev.ico
UninstallDisplayIcon={app}\Codev.exe
UninstallDisplayName=Codev
WizardStyle=modern
Compression=lzma2
SolidCompression=yes
CloseApplications=yes

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
french.Comment=Animer des séances de codéveloppement à côté de la visioconférence
english.Comment=Run co-development peer sessions beside your video call

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder program: Codev.exe (the window), codev-app.exe (the command line), _internal.
Source: "dist\codev\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the program's files entirely (a file dropped from a newer build must go).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\Codev"; Filename: "{app}\Codev.exe"; Comment: "{cm:Comment}"
Name: "{autodesktop}\Codev"; Filename: "{app}\Codev.exe"; Comment: "{cm:Comment}"; Tasks: desktopicon

[Run]
Filename: "{app}\Codev.exe"; Description: "{cm:LaunchProgram,Codev}"; Flags: nowait postinstall skipifsilent
