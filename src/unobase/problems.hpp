// Problems across the UNO bridge: core::Problem <-> org::kinerja::Problem, so that every
// side formats them with core::describe and nowhere else.
#pragma once

#include <org/kinerja/Problem.hpp>

#include "core/problem.hpp"

namespace kinerja::unobase {

org::kinerja::Problem to_idl(const core::Problem& problem);
core::Problem to_core(const org::kinerja::Problem& problem);

}  // namespace kinerja::unobase
