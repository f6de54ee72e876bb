// `dmad-studio --help` and `--version` on a machine without a display (a server, a CI runner, ssh).
#include "cli_process.h"

#include <QtTest>

class TestGuiCli : public QObject {
    Q_OBJECT

    static QProcessEnvironment withoutDisplay() {
        QProcessEnvironment env = clitest::quietThreads();
        for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) env.remove(QLatin1String(name));
        return env;
    }

private Q_SLOTS:
    // Bug 7 of issue #11: --help aborted without a display (QApplication came before the parser).
    void helpNeedsNoDisplay() {
        const clitest::CliResult result =
            clitest::runCli(QStringLiteral(DMAD_STUDIO_PATH), {QStringLiteral("--help")}, withoutDisplay(), 60000);
        QCOMPARE(result.code, 0);
        QVERIFY2(result.out.contains(QStringLiteral("--project")), qPrintable(result.out + result.err));
        QVERIFY(!result.out.contains(QStringLiteral("--user")));  // the tests' option stays hidden
    }

    void versionNeedsNoDisplay() {
        const clitest::CliResult result =
            clitest::runCli(QStringLiteral(DMAD_STUDIO_PATH), {QStringLiteral("--version")}, withoutDisplay(), 60000);
        QCOMPARE(result.code, 0);
        QVERIFY2(result.out.contains(QStringLiteral("DMAD Studio")), qPrintable(result.out + result.err));
    }
};

QTEST_GUILESS_MAIN(TestGuiCli)
#include "test_gui_cli.moc"
