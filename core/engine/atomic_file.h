// Writing files so that a final name only ever holds a complete file: temporary name, fsync, rename, folder fsync.
#pragma once

#include <cstddef>
#include <functional>
#include <opencv2/core.hpp>
#include <string>
#include <vector>

namespace dmad {

// Writes data to "<path>.<pid>-<n>.tmp" beside path, fsyncs it, renames it over path and fsyncs the folder.
// On any failure (disk full, no permission, a kill) path keeps its previous content or stays absent and the
// temporary file is removed (a kill may leave a *.tmp, never a truncated file under path).
// Throws EngineError(Io) naming path and the system's reason.
void writeFileAtomically(const std::string& path, const void* data, std::size_t size);

// One piece of a file written by the gathering overload; the pieces are written in order without copying them
// into one buffer first (a training state of a large project is about a gigabyte).
struct FilePiece {
    const void* data = nullptr;
    std::size_t size = 0;
};
// between (optional) runs after each piece and may throw to stop (a cancel): the temporary file is then
// removed, path keeps its previous content, and the exception goes on.
void writeFileAtomically(const std::string& path, const std::vector<FilePiece>& pieces,
                         const std::function<void()>& between = {});

// Encodes image by path's extension (.png, .tif/.tiff, ...; BGR order as OpenCV expects) and writes it
// atomically. Throws EngineError(Io) naming path.
void writeImageAtomically(const std::string& path, const cv::Mat& image);

// Throws EngineError(Io) naming path when a file cannot be created in path's folder (missing folder,
// no permission, read-only disk) or path is a folder. Creates and removes a probe file; path itself is untouched.
void requireWritableFile(const std::string& path);

}  // namespace dmad
