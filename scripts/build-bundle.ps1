<#
.SYNOPSIS
  One command: build a self-contained JudgePanel folder for Windows (dist\judgepanel\), one that
  starts on a computer without Python, then smoke-test it. The Windows twin of scripts/build-bundle.

.DESCRIPTION
  Needs Python 3.11 or newer (python.org installer, "py" launcher) on the BUILD machine only.
  Creates .venv, installs JudgePanel with its "bundle" and "postgres" extras, runs PyInstaller
  with packaging\judgepanel.spec, then starts the result offscreen.

  The bundle carries a CJK TrueType font for the PDFs. Windows has no WenQuanYi Micro Hei: copy
  wqy-microhei.ttc (Debian/Ubuntu package fonts-wqy-microhei, /usr/share/fonts/truetype/wqy/)
  into resources\fonts\ first, or set JUDGEPANEL_BUNDLE_FONT to its path.

  Untested by CI (CI runs Linux); see docs/install.md.

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File scripts\build-bundle.ps1 -Archive
#>
[CmdletBinding()]
param(
  [switch]$Archive,   # also write dist\judgepanel-VERSION-windows-x64.zip
  [switch]$NoSmoke    # skip the smoke test
)
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

function Invoke-Checked {
  param([string]$Exe, [string[]]$Arguments)
  & $Exe @Arguments
  if ($LASTEXITCODE -ne 0) { throw "build-bundle: '$Exe $($Arguments -join ' ')' failed ($LASTEXITCODE)" }
}

# Python 3.11+: the py launcher if present, else python on PATH.
$python = $null
if (Get-Command py -ErrorAction SilentlyContinue) {
  & py -3 -c "import sys; sys.exit(sys.version_info < (3, 11))" 2>$null
  if ($LASTEXITCODE -eq 0) { $python = @("py", "-3") }
}
if (-not $python -and (Get-Command python -ErrorAction SilentlyContinue)) {
  & python -c "import sys; sys.exit(sys.version_info < (3, 11))" 2>$null
  if ($LASTEXITCODE -eq 0) { $python = @("python") }
}
if (-not $python) { throw "build-bundle: JudgePanel needs Python 3.11 or newer to build (python.org)." }

$venvPython = ".venv\Scripts\python.exe"
if (-not (Test-Path $venvPython)) {
  $pyArgs = @()
  if ($python.Length -gt 1) { $pyArgs = $python[1..($python.Length - 1)] }
  Invoke-Checked $python[0] ($pyArgs + @("-m", "venv", ".venv"))
}
Invoke-Checked $venvPython @("-m", "pip", "install", "-q", "--disable-pip-version-check", "-U", "pip")
Invoke-Checked $venvPython @("-m", "pip", "install", "-q", "--disable-pip-version-check", "-e", ".[bundle,postgres]")

# The CJK font the PDFs embed (see above).
$font = $env:JUDGEPANEL_BUNDLE_FONT
if (-not $font -or -not (Test-Path $font)) { $font = "resources\fonts\wqy-microhei.ttc" }
if (-not (Test-Path $font)) {
  throw "build-bundle: no CJK font to bundle. Copy wqy-microhei.ttc (package fonts-wqy-microhei) into resources\fonts\ or set JUDGEPANEL_BUNDLE_FONT."
}
Get-ChildItem resources\i18n\zh_HK\*.ts | ForEach-Object {
  $qm = [IO.Path]::ChangeExtension($_.FullName, ".qm")
  if (-not (Test-Path $qm)) { throw "build-bundle: $qm is missing: run .venv\Scripts\python scripts\i18n.py release" }
}
if (-not (Test-Path resources\icons\judgepanel.ico)) {
  Invoke-Checked $venvPython @("packaging\render_icons.py")
}

$started = Get-Date
Write-Host "build-bundle: building with PyInstaller (a few minutes)..."
Invoke-Checked ".venv\Scripts\pyinstaller.exe" @("--noconfirm", "--clean", "--log-level", "WARN",
  "--distpath", "dist", "--workpath", "build\pyinstaller", "packaging\judgepanel.spec")
$gui = "dist\judgepanel\JudgePanel.exe"
$cli = "dist\judgepanel\judgepanel-cli.exe"
if (-not (Test-Path $gui) -or -not (Test-Path $cli)) { throw "build-bundle: PyInstaller produced no $gui / $cli" }
$size = (Get-ChildItem dist\judgepanel -Recurse | Measure-Object -Property Length -Sum).Sum / 1MB
Write-Host ("build-bundle: built dist\judgepanel\ in {0:N0}s, {1:N0} MB" -f ((Get-Date) - $started).TotalSeconds, $size)

if (-not $NoSmoke) {
  $tmp = Join-Path ([IO.Path]::GetTempPath()) ("judgepanel-smoke-" + [guid]::NewGuid())
  New-Item -ItemType Directory $tmp | Out-Null
  $env:QT_QPA_PLATFORM = "offscreen"
  try {
    Write-Host ("build-bundle: smoke test: " + (& $cli --version))
    # The console executable runs the same program as JudgePanel.exe and can print.
    $line = (& $cli --smoke-test --db (Join-Path $tmp "smoke.db") | Select-Object -Last 1)
    Write-Host "build-bundle: smoke test: $line"
    if ($LASTEXITCODE -ne 0 -or $line -notmatch '"interactive_ms": [0-9]') {
      throw "build-bundle: the smoke test did not reach interactive"
    }
    Invoke-Checked $cli @("sheet", "--db", (Join-Path $tmp "smoke.db"), "--judge", "3", "--out", (Join-Path $tmp "draft.pdf"))
  } finally {
    Remove-Item Env:\QT_QPA_PLATFORM
    Remove-Item -Recurse -Force $tmp
  }
}

if ($Archive) {
  $version = (& $venvPython -c "import judgepanel; print(judgepanel.__version__)").Trim()
  $zip = "dist\judgepanel-$version-windows-x64.zip"
  if (Test-Path $zip) { Remove-Item $zip }
  Compress-Archive -Path dist\judgepanel -DestinationPath $zip
  Write-Host "build-bundle: $zip"
}
