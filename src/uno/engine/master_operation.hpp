// What every operation on an open master begins with: the master's data read, its problems
// added to the operation's result; and the time it took, for the SOP trail.
#pragma once

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <chrono>
#include <string>

#include "uno/engine/master_builder.hpp"
#include "uno/engine/operation_result.hpp"

namespace kinerja::uno {

using Clock = std::chrono::steady_clock;

// Seconds from `start` to now.
double seconds_since(Clock::time_point start);

// The master's data (read_master_data), with the problems of reading it added to `result`.
MasterData read_data(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document, const std::string& name,
                     ResultBuilder& result);

}  // namespace kinerja::uno
