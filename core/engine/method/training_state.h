// The trainer's normal side (features, M_n, M_o, neighbours) on disk, so a restart does not rebuild it.
#pragma once

#include "engine/method/nearest_neighbour.h"

#include <functional>
#include <optional>
#include <string>
#include <torch/torch.h>

namespace dmad::method {

// What the normal side depends on, one digest per cause, so that a mismatch can say which one changed.
struct TrainingStateKey {
    std::string backbone;  // backbone sha256 and feature settings
    std::string settings;  // bank settings and seed
    std::string normals;   // the normal images (path, size, modification time)
    std::string outliers;  // the outlier textures, likewise
};

struct TrainingState {
    TrainingStateKey key;
    int gridHeight = 0;
    int gridWidth = 0;
    torch::Tensor normalRows, normalSources;  // M_n [Kn, C], [Kn]
    torch::Tensor pseudoRows, pseudoSources;  // M_o [Ko, C], [Ko]
    torch::Tensor normalFeatures;             // [In, N, C]
    Neighbours normalInNormal;                // [In * N]
    Neighbours normalInPseudo;                // [In * N]
};

// poll (optional) runs every few megabytes and may throw to stop (a cancel); nothing is then left behind.
using Poll = std::function<void()>;

// Writes state atomically (temporary file, fsync, rename). Throws EngineError(Io) naming path.
void writeTrainingState(const std::string& path, const TrainingState& state, const Poll& poll = {});

// Only the key of the file at path, without reading its tensors; nullopt when the file is missing,
// of another format version or damaged.
std::optional<TrainingStateKey> readTrainingStateKey(const std::string& path);

// The whole state (CPU tensors); nullopt when the file is missing, of another version, truncated or
// inconsistent: a state that cannot be read is rebuilt, never trusted.
std::optional<TrainingState> readTrainingState(const std::string& path, const Poll& poll = {});

}  // namespace dmad::method
