@echo off
rem Runs paperboy on Windows with the JVM flags of bin/paperboy (see the comments there; no class-data archive).
rem Java is JAVA_HOME's, else the PATH's, and must be 17 or newer. PAPERBOY_JAVA_OPTS adds flags (e.g. -Xmx1g).
rem Messages that print a path are outside ( ) blocks: a path such as "C:\Program Files (x86)" would end one.
setlocal
set "ROOT=%~dp0.."
set "JAR=%ROOT%\lib\paperboy.jar"
if not exist "%JAR%" set "JAR=%ROOT%\target\paperboy.jar"
if not exist "%JAR%" goto noJar

set "JAVA="
if defined JAVA_HOME goto javaHome
for %%J in (java.exe) do set "JAVA=%%~$PATH:J"
if not defined JAVA goto noJava
goto version

:javaHome
set "JAVA=%JAVA_HOME%\bin\java.exe"
if not exist "%JAVA%" goto badJavaHome

:version
rem `java -fullversion` prints: openjdk full version "17.0.15+6" (or "1.8.0_392-b08" for Java 8).
set "JVER="
for /f tokens^=2^ delims^=^" %%V in ('""%JAVA%" -fullversion 2>&1"') do if not defined JVER set "JVER=%%V"
set "MAJOR="
set "MINOR="
for /f "tokens=1,2 delims=.+-_" %%A in ("%JVER%") do set "MAJOR=%%A" & set "MINOR=%%B"
if "%MAJOR%"=="1" set "MAJOR=%MINOR%"
if not defined MAJOR goto unknownJava
if %MAJOR% LSS 17 goto oldJava

"%JAVA%" -XX:TieredStopAtLevel=1 -XX:Tier3InvocationThreshold=20 -XX:Tier3MinInvocationThreshold=10 -XX:Tier3CompileThreshold=200 -XX:Tier3BackEdgeThreshold=2000 -XX:+UseSerialGC -XX:NewRatio=8 %PAPERBOY_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%

:noJar
echo paperboy: %JAR% is missing: build it with `mvn package`, or download a release 1>&2
exit /b 1
:noJava
echo paperboy: Java 17 or newer is needed, and there is no java on the PATH: install one (e.g. from https://adoptium.net) and put its bin folder on the PATH, or set JAVA_HOME to it 1>&2
exit /b 1
:badJavaHome
echo paperboy: JAVA_HOME is %JAVA_HOME%, which has no bin\java.exe: set it to a Java 17 or newer installation 1>&2
exit /b 1
:unknownJava
echo paperboy: cannot tell which Java %JAVA% is; Paperboy needs Java 17 or newer 1>&2
exit /b 1
:oldJava
echo paperboy: Paperboy needs Java 17 or newer, and %JAVA% is Java %JVER%: install a newer one, or set JAVA_HOME to it 1>&2
exit /b 1
