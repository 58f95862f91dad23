@echo off
rem esibe: decides applications to the ESIBE special register (run "esibe --help").
rem
rem The Windows twin of bin/esibe (read its comments): the serial garbage collector; the C1
rem compiler alone except for evaluate, report and export-register on inputs of 32 MiB or more;
rem JVM warnings on standard error; and a class-data-sharing archive made from lib\esibe.classlist
rem by the Java that runs the tool, on its first run, in %LOCALAPPDATA%\esibe, beside a copy of the
rem jar that the tool then runs from (Java 17 shares no class of a jar whose path has a space in
rem it, and "Program Files" has one; so has %LOCALAPPDATA% when the user name has one, and then only
rem the JDK's classes are shared). A third file there names the Java and the jar the archive was
rem made from (path, size, time), and the copy must still be the jar byte for byte; another Java
rem or another esibe.jar makes a new archive, so two installations used in turn remake it in turn.
rem Should the JVM still refuse the archive, it runs without it, only slower.
rem
rem Environment: JAVA_HOME, ESIBE_JAVA_OPTS, ESIBE_CLASSPATH (separated by ;) and ESIBE_CDS=off, as
rem for bin/esibe; the archive is kept in %LOCALAPPDATA%\esibe, which may be deleted at will.
setlocal EnableExtensions DisableDelayedExpansion

set "ESIBE_HOME=%~dp0.."
set "ESIBE_JAR=%ESIBE_HOME%\lib\esibe.jar"
set "ESIBE_LIST=%ESIBE_HOME%\lib\esibe.classlist"
if not exist "%ESIBE_JAR%" goto nojar

rem (No parenthesised blocks around a path or %*: a ")" in them, as in "Program Files (x86)",
rem would end the block.)
set "ESIBE_JAVA="
if defined JAVA_HOME goto javahome
for %%J in (java.exe) do set "ESIBE_JAVA=%%~$PATH:J"
if not defined ESIBE_JAVA goto nojava
goto javafound
:javahome
set "ESIBE_JAVA=%JAVA_HOME%\bin\java.exe"
if not exist "%ESIBE_JAVA%" goto badjavahome
:javafound

rem A large run: inputs (files among the arguments) of 32 MiB or more.
set "ESIBE_TIERS=-XX:TieredStopAtLevel=1"
set "ESIBE_DECIDES="
if /i "%~1"=="evaluate" set "ESIBE_DECIDES=1"
if /i "%~1"=="report" set "ESIBE_DECIDES=1"
if /i "%~1"=="export-register" set "ESIBE_DECIDES=1"
if not defined ESIBE_DECIDES goto sized
set "ESIBE_TOTAL=0"
for %%F in (%*) do if exist "%%~F" if not exist "%%~F\*" call :add "%%~zF"
if "%ESIBE_TOTAL%"=="large" set "ESIBE_TIERS="
:sized

rem The CDS archive, made on the first run with this Java and this jar.
set "ESIBE_ARCHIVE="
set "ESIBE_RUNJAR=%ESIBE_JAR%"
if /i "%ESIBE_CDS%"=="off" goto run
if not exist "%ESIBE_LIST%" goto run
if not defined LOCALAPPDATA goto run
set "ESIBE_CACHE=%LOCALAPPDATA%\esibe"
set "ESIBE_JSA=%ESIBE_CACHE%\esibe.jsa"
set "ESIBE_COPY=%ESIBE_CACHE%\esibe.jar"
for %%J in ("%ESIBE_JAVA%") do set "ESIBE_KEY=%%~fJ %%~zJ %%~tJ"
for %%A in ("%ESIBE_JAR%") do set "ESIBE_KEY=%ESIBE_KEY% %%~fA %%~zA %%~tA"
set "ESIBE_MADE="
if exist "%ESIBE_JSA%" if exist "%ESIBE_COPY%" if exist "%ESIBE_CACHE%\esibe.key" set /p ESIBE_MADE=<"%ESIBE_CACHE%\esibe.key"
rem The tool runs from the copy: a rebuilt jar of the same size and time must make a new one.
if defined ESIBE_MADE fc /b "%ESIBE_JAR%" "%ESIBE_COPY%" >nul 2>&1 || set "ESIBE_MADE="
setlocal EnableDelayedExpansion
if "!ESIBE_MADE!"=="!ESIBE_KEY!" (
  endlocal
  set "ESIBE_ARCHIVE=%ESIBE_JSA%"
  set "ESIBE_RUNJAR=%ESIBE_COPY%"
  goto run
)
endlocal
if exist "%ESIBE_CACHE%\esibe.failed" (
  set "ESIBE_FAILED="
  set /p ESIBE_FAILED=<"%ESIBE_CACHE%\esibe.failed"
  setlocal EnableDelayedExpansion
  if "!ESIBE_FAILED!"=="!ESIBE_KEY!" (
    endlocal
    goto run
  )
  endlocal
)
if not exist "%ESIBE_CACHE%" mkdir "%ESIBE_CACHE%" 2>nul
if not exist "%ESIBE_CACHE%" goto run
del /q "%ESIBE_JSA%" "%ESIBE_CACHE%\esibe.key" "%ESIBE_CACHE%\esibe.failed" 2>nul
rem copy keeps the file's time, which the archive records.
copy /y "%ESIBE_JAR%" "%ESIBE_COPY%" >nul 2>&1
if errorlevel 1 goto run
"%ESIBE_JAVA%" -Xshare:dump -XX:TieredStopAtLevel=1 "-XX:SharedClassListFile=%ESIBE_LIST%" "-XX:SharedArchiveFile=%ESIBE_JSA%" -cp "%ESIBE_COPY%" >"%ESIBE_CACHE%\esibe.log" 2>&1
if errorlevel 1 (
  del /q "%ESIBE_JSA%" 2>nul
  setlocal EnableDelayedExpansion
  >"%ESIBE_CACHE%\esibe.failed" echo(!ESIBE_KEY!
  endlocal
  goto run
)
setlocal EnableDelayedExpansion
>"%ESIBE_CACHE%\esibe.key" echo(!ESIBE_KEY!
endlocal
set "ESIBE_ARCHIVE=%ESIBE_JSA%"
set "ESIBE_RUNJAR=%ESIBE_COPY%"

:run
set "ESIBE_CP=%ESIBE_RUNJAR%"
if defined ESIBE_CLASSPATH set "ESIBE_CP=%ESIBE_RUNJAR%;%ESIBE_CLASSPATH%"
if defined ESIBE_ARCHIVE goto shared
"%ESIBE_JAVA%" -XX:+UseSerialGC -Xlog:disable -Xlog:all=warning:stderr %ESIBE_TIERS% %ESIBE_JAVA_OPTS% -cp "%ESIBE_CP%" it.esibe.examples.cli.EsibeCli %*
exit /b %ERRORLEVEL%
:shared
"%ESIBE_JAVA%" -XX:+UseSerialGC -Xlog:disable -Xlog:all=warning:stderr %ESIBE_TIERS% "-XX:SharedArchiveFile=%ESIBE_ARCHIVE%" %ESIBE_JAVA_OPTS% -cp "%ESIBE_CP%" it.esibe.examples.cli.EsibeCli %*
exit /b %ERRORLEVEL%

rem The failures before the tool runs: one line each on standard error, status 1.
:nojar
echo esibe: %ESIBE_JAR% is missing: is this a complete ESIBE distribution? 1>&2
exit /b 1
:nojava
echo esibe: no java on the PATH, and JAVA_HOME is not set: ESIBE needs Java 17 or later 1>&2
exit /b 1
:badjavahome
echo esibe: JAVA_HOME is %JAVA_HOME%, where there is no bin\java.exe 1>&2
exit /b 1

rem Adds a file's size to ESIBE_TOTAL, which becomes "large" at 32 MiB (33554432 bytes).
:add
if "%ESIBE_TOTAL%"=="large" exit /b 0
if "%~1"=="" exit /b 0
set "ESIBE_SIZE=%~1"
if "%ESIBE_SIZE:~9%" neq "" (
  set "ESIBE_TOTAL=large"
  exit /b 0
)
set /a ESIBE_TOTAL=ESIBE_TOTAL + ESIBE_SIZE
if %ESIBE_TOTAL% geq 33554432 set "ESIBE_TOTAL=large"
exit /b 0
