// The performance agreement (Perjanjian Kinerja) with its action plan (Rencana Aksi), read
// from a table with the columns of the sample `perjanjian-kinerja-2023.csv`.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "core/grid.hpp"
#include "core/header_match.hpp"
#include "core/indicator.hpp"
#include "core/problem.hpp"

namespace kinerja::core {

struct Agreement {
  std::vector<Indicator> indicators;

  const Indicator* find(std::string_view code) const;  // case-insensitive
  std::vector<std::string> divisions() const;          // in order of first appearance
};

struct AgreementReading {
  Agreement agreement;
  std::vector<Problem> problems;  // errors make the agreement unusable; warnings do not
};

// The columns of the agreement table (key, Indonesian title first, aliases).
std::span<const ColumnSpec> agreement_columns();

// The titles of those columns as the master's PK sheet writes them ("Kode", ..., "Bobot").
const std::vector<std::string_view>& agreement_titles();

// The agreement as the PK sheet's table (titles, then one row per indicator): numbers as
// numbers, options as their Indonesian words, empty as empty.
Grid agreement_grid(const Agreement& agreement);

// Reads every non-empty row after the header. Rows with an error are left out of the
// agreement; problems name the cell. Errors: missing columns, empty or duplicate code, empty
// bidang or indicator, a bidang with a line break or other control character (it reaches email
// headers), unknown polarity / aggregation / target kind, a target that is not a
// number. Warnings: an ambiguous number, an empty annual target, an annual target that
// disagrees with the action plan, no target in any quarter.
AgreementReading read_agreement(const Grid& grid);

}  // namespace kinerja::core
