// The model file: magic, format version, payload size, SHA-256 checksum, then config, banks and weights.
#pragma once

#include "engine/method/dmad_model_impl.h"

#include <memory>
#include <string>

namespace dmad::method {

// 2: the settings record features.pooling and features.resize; format-1 files were made with
// valid-only pooling and OpenCV's area resize, and are read with those.
constexpr int kModelFormatVersion = 2;

// Writes to a temporary file beside path, then renames it over path. Throws EngineError(Io).
void writeModelFile(const std::string& path, const DmadModel::Impl& model);
// Throws EngineError(ModelFileCorrupt) for a missing, truncated, damaged, foreign or too new file.
std::shared_ptr<DmadModel::Impl> readModelFile(const std::string& path);

}  // namespace dmad::method
