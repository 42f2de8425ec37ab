// Test helpers: the bundled example year as core values. The product imports CSV through
// LibreOffice; the unit tests only need to split the two well-formed sample files.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/agreement.hpp"
#include "core/grid.hpp"
#include "core/indicator.hpp"

namespace kinerja::test {

// A CSV file (comma-separated, no quoted commas) as a grid of text cells.
core::Grid read_csv(const std::string& path, const std::string& sheet);

// The sample agreement, read by core::read_agreement (must have no error).
const core::Agreement& sample_agreement();

// The sample actuals: code -> value per quarter, parsed by core::read_number.
const std::map<std::string, core::QuarterValues>& sample_actuals();

std::string sample_path(const std::string& file);

}  // namespace kinerja::test
