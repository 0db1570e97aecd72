@echo off
rem Gazette's launcher for Windows (the build writes it beside gazette.jar): the same options as
rem the `gazette` shell script and the installed app: the build's class-data archive, the quick
rem compiler only, a deeper stack. JAVA_HOME picks the Java (else java on the PATH);
rem GAZETTE_JAVA_OPTS adds options of your own.
setlocal
set "GAZETTE_DIR=%~dp0"
set "GAZETTE_JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "GAZETTE_JAVA=%JAVA_HOME%\bin\java.exe"
set "GAZETTE_CDS="
if exist "%GAZETTE_DIR%gazette.jsa" set "GAZETTE_CDS=-XX:SharedArchiveFile=%GAZETTE_DIR%gazette.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
"%GAZETTE_JAVA%" -XX:TieredStopAtLevel=1 -Xss2m %GAZETTE_CDS% %GAZETTE_JAVA_OPTS% -jar "%GAZETTE_DIR%gazette.jar" %*
exit /b %ERRORLEVEL%
