// Points QSettings and QStandardPaths at a temporary folder so a test never touches the user's settings.
#pragma once

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

class SettingsSandbox {
public:
    SettingsSandbox() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }
    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }

    // What AppSettings wrote, read back independently of it.
    static QVariant stored(const QString& key) {
        return QSettings(QSettings::NativeFormat, QSettings::UserScope, "DMAD", "DMAD Studio").value(key);
    }
    static void store(const QString& key, const QVariant& value) {
        QSettings(QSettings::NativeFormat, QSettings::UserScope, "DMAD", "DMAD Studio").setValue(key, value);
    }
    static void clear() { QSettings(QSettings::NativeFormat, QSettings::UserScope, "DMAD", "DMAD Studio").clear(); }

private:
    QTemporaryDir m_dir;
};
