#include "engine/atomic_file.h"

#include "engine/engine_error.h"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <opencv2/imgcodecs.hpp>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace dmad {
namespace {

namespace fs = std::filesystem;

std::atomic<unsigned> tempCounter{0};

[[noreturn]] void fail(const std::string& what, const std::string& path, int error) {
    throw EngineError(EngineError::Kind::Io, what + " '" + path + "': " + std::strerror(error) + ".");
}

std::string folderOf(const std::string& path) {
    const fs::path parent = fs::path(path).parent_path();
    return parent.empty() ? std::string(".") : parent.string();
}

// A new file beside path; the descriptor and name are returned, the caller owns both.
int createTemporary(const std::string& path, std::string& name) {
    for (int attempt = 0; attempt < 100; ++attempt) {
        name = path + "." + std::to_string(::getpid()) + "-" + std::to_string(tempCounter++) + ".tmp";
        const int fd = ::open(name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0 || errno != EEXIST) return fd;
    }
    errno = EEXIST;
    return -1;
}

bool writeAll(int fd, const unsigned char* data, std::size_t size) {
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        data += n;
        size -= std::size_t(n);
    }
    return true;
}

// Makes the rename itself durable; a folder that cannot be opened (some network file systems) is no failure.
void syncFolder(const std::string& folder) {
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

}  // namespace

void writeFileAtomically(const std::string& path, const void* data, std::size_t size) {
    writeFileAtomically(path, std::vector<FilePiece>{{data, size}});
}

void writeFileAtomically(const std::string& path, const std::vector<FilePiece>& pieces,
                         const std::function<void()>& between) {
    if (path.empty()) throw EngineError(EngineError::Kind::Io, "Cannot write a file with an empty name.");
    std::error_code ec;
    if (fs::is_directory(path, ec))
        throw EngineError(EngineError::Kind::Io, "Cannot write '" + path + "': it is a folder.");
    std::string temporary;
    const int fd = createTemporary(path, temporary);
    if (fd < 0) fail("Cannot write", path, errno);
    bool written = true;
    for (const FilePiece& piece : pieces) {
        written = written && writeAll(fd, static_cast<const unsigned char*>(piece.data), piece.size);
        if (!between) continue;
        try {
            between();
        } catch (...) {
            ::close(fd);
            ::unlink(temporary.c_str());
            throw;
        }
    }
    written = written && ::fsync(fd) == 0;
    const int error = errno;
    const bool closed = ::close(fd) == 0;
    if (!written || !closed) {
        ::unlink(temporary.c_str());
        fail("Writing", path, written ? EIO : error);
    }
    if (::rename(temporary.c_str(), path.c_str()) != 0) {
        const int renameError = errno;
        ::unlink(temporary.c_str());
        fail("Cannot move the new file into place at", path, renameError);
    }
    syncFolder(folderOf(path));
}

void writeImageAtomically(const std::string& path, const cv::Mat& image) {
    const std::string extension = fs::path(path).extension().string();
    std::vector<unsigned char> bytes;
    try {
        if (extension.empty() || !cv::imencode(extension, image, bytes)) {
            throw EngineError(EngineError::Kind::Io, "Cannot encode image '" + path + "' (unknown file type).");
        }
    } catch (const cv::Exception& e) {
        throw EngineError(EngineError::Kind::Io, "Cannot encode image '" + path + "': " + e.err);
    }
    writeFileAtomically(path, bytes.data(), bytes.size());
}

void requireWritableFile(const std::string& path) {
    if (path.empty()) throw EngineError(EngineError::Kind::Io, "The output file name is empty.");
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
        throw EngineError(EngineError::Kind::Io, "Cannot write '" + path + "': it is a folder, not a file name.");
    }
    const std::string folder = folderOf(path);
    if (!fs::is_directory(folder, ec)) {
        throw EngineError(EngineError::Kind::Io,
                          "Cannot write '" + path + "': its folder '" + folder + "' does not exist.");
    }
    std::string probe;
    const int fd = createTemporary(path, probe);
    if (fd < 0) fail("Cannot write", path, errno);
    ::close(fd);
    ::unlink(probe.c_str());
}

}  // namespace dmad
