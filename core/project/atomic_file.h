// Writing files so that a kill, a power cut or a full disk never leaves a half-written file under its final name.
#pragma once

#include <QByteArray>
#include <QString>
#include <functional>

namespace dmad::project {

// Part of every temporary name; a file carrying it is a leftover of an interrupted write (see
// isTemporaryFileName) and is removed when the project is next opened alone.
inline constexpr const char* kTemporaryMarker = ".dmad-tmp-";

// A hidden, unique sibling of finalFile in the same folder (so the rename stays on one file system).
QString temporaryNameFor(const QString& finalFile);
bool isTemporaryFileName(const QString& fileName);

// The one way core/project writes a file: write(temporary) creates the file at the temporary path;
// then it is flushed to disk (fsync), renamed over finalFile, and the folder is flushed so the rename
// itself survives a power cut. On any failure the temporary file is removed, finalFile is untouched and
// ProjectError is thrown (DiskFull for ENOSPC). `write` reports its own failure by throwing.
void writeFileAtomically(const QString& finalFile, const std::function<void(const QString& temporary)>& write);
void writeFileAtomically(const QString& finalFile, const QByteArray& bytes);
void copyFileAtomically(const QString& from, const QString& to);

// fsync of a file or a folder; throws ProjectError.
void syncPath(const QString& path);

}  // namespace dmad::project
