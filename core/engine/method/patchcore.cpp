#include "engine/method/patchcore.h"

namespace dmad::method {

torch::Tensor patchCoreScores(const torch::Tensor& q, const SearchIndex& normalBank) {
    return normalBank.search(q).distances;
}

}  // namespace dmad::method
