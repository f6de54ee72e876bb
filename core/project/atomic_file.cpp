#include "project/atomic_file.h"

#include "project/project_error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace dmad::project {

namespace {

// Closes on every path out; a write error found at close() (NFS, delayed allocation) is still seen.
class FileDescriptor {
public:
    explicit FileDescriptor(int fd) : m_fd(fd) {}
    ~FileDescriptor() {
        if (m_fd >= 0) ::close(m_fd);
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    int get() const { return m_fd; }
    int close() {
        const int result = ::close(m_fd);
        m_fd = -1;
        return result;
    }

private:
    int m_fd;
};

QByteArray encoded(const QString& path) {
    return QFile::encodeName(path);
}

void writeAll(int fd, const QByteArray& bytes, const QString& file) {
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, static_cast<size_t>(bytes.size() - done));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) throw fileWriteFailure(n < 0 ? errno : ENOSPC, file);
        done += n;
    }
}

// Removes the temporary file unless it was renamed into place.
class TemporaryFile {
public:
    explicit TemporaryFile(QString path) : m_path(std::move(path)) {}
    ~TemporaryFile() {
        if (!m_path.isEmpty()) ::unlink(encoded(m_path).constData());
    }
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;
    const QString& path() const { return m_path; }
    void release() { m_path.clear(); }

private:
    QString m_path;
};

}  // namespace

QString temporaryNameFor(const QString& finalFile) {
    const QFileInfo info(finalFile);
    const QString random = QString::number(QRandomGenerator::global()->generate64(), 36);
    return info.dir().filePath(QLatin1Char('.') + info.fileName() + QLatin1String(kTemporaryMarker) + random);
}

bool isTemporaryFileName(const QString& fileName) {
    return fileName.contains(QLatin1String(kTemporaryMarker));
}

void syncPath(const QString& path) {
    const FileDescriptor fd(::open(encoded(path).constData(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0) throw fileWriteFailure(errno, path);
    if (::fsync(fd.get()) != 0 && errno != EINVAL) throw fileWriteFailure(errno, path);
}

void writeFileAtomically(const QString& finalFile, const std::function<void(const QString& temporary)>& write) {
    const QString folder = QFileInfo(finalFile).absolutePath();
    TemporaryFile temporary(temporaryNameFor(QFileInfo(finalFile).absoluteFilePath()));
    write(temporary.path());
    if (!QFileInfo(temporary.path()).isFile()) {
        throw ProjectError(ProjectError::Kind::Io,
                           QObject::tr("%1 was not written").arg(QDir::toNativeSeparators(finalFile)));
    }
    syncPath(temporary.path());
    if (::rename(encoded(temporary.path()).constData(), encoded(finalFile).constData()) != 0) {
        throw fileWriteFailure(errno, finalFile);
    }
    temporary.release();
    syncPath(folder);
}

void writeFileAtomically(const QString& finalFile, const QByteArray& bytes) {
    writeFileAtomically(finalFile, [&bytes, &finalFile](const QString& temporary) {
        FileDescriptor fd(::open(encoded(temporary).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644));
        if (fd.get() < 0) throw fileWriteFailure(errno, finalFile);
        writeAll(fd.get(), bytes, finalFile);
        if (fd.close() != 0) throw fileWriteFailure(errno, finalFile);
    });
}

void copyFileAtomically(const QString& from, const QString& to) {
    writeFileAtomically(to, [&from, &to](const QString& temporary) {
        const FileDescriptor in(::open(encoded(from).constData(), O_RDONLY | O_CLOEXEC));
        if (in.get() < 0) {
            throw ProjectError(ProjectError::Kind::Io,
                               QObject::tr("Cannot read %1: %2")
                                   .arg(QDir::toNativeSeparators(from), QString::fromLocal8Bit(std::strerror(errno))));
        }
        FileDescriptor out(::open(encoded(temporary).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644));
        if (out.get() < 0) throw fileWriteFailure(errno, to);
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        for (;;) {
            const ssize_t n = ::read(in.get(), buffer.data(), static_cast<size_t>(buffer.size()));
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) {
                throw ProjectError(ProjectError::Kind::Io, QObject::tr("Cannot read %1: %2")
                                                               .arg(QDir::toNativeSeparators(from),
                                                                    QString::fromLocal8Bit(std::strerror(errno))));
            }
            if (n == 0) break;
            writeAll(out.get(), QByteArray::fromRawData(buffer.constData(), n), to);
        }
        if (out.close() != 0) throw fileWriteFailure(errno, to);
    });
}

}  // namespace dmad::project
