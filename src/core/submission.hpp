// Reading one bidang's submission (its sheets as grids) against the master: the form's
// identity block when it is there, else header matching and the indicator codes, so a form
// the bidang rebuilt, reordered or renamed still reads. Every problem names file, sheet, cell.
#pragma once

#include <string>
#include <vector>

#include "core/actuals.hpp"
#include "core/agreement.hpp"
#include "core/agreement_index.hpp"
#include "core/grid.hpp"
#include "core/problem.hpp"

namespace kinerja::core {

struct SubmissionSource {
  std::string file;       // the file name, for messages and provenance
  std::string sha256;     // of the file's bytes
  std::string pulled_at;  // when, as the master writes it
  // For an attachment of a saved email: who sent it and its Date ("2023-07-05 09:12:00 +0700").
  std::string sender = {};
  std::string sent_at = {};
};

struct SubmissionContext {
  const AgreementIndex& agreement;
  int year = 0;              // the master's year
  int expected_quarter = 0;  // 0: whatever the submission says
};

struct SubmissionReading {
  std::vector<ActualRecord> records;  // the accepted rows
  std::vector<Problem> problems;      // all, each with the file name
  int rejected_rows = 0;
  int skipped_rows = 0;               // rows of another quarter than the one pulled
  bool usable = true;                 // false: the file as a whole was rejected
  bool identified = false;            // recognised by its identity block
  std::string division;               // as the file says (empty when rows say it)
  int year = 0;
  int quarter = 0;
  int month = 0;  // a monthly progress form's month (its records carry it); 0 for a quarter's form
};

// What is read of one submission, at most: a bidang form has a row per indicator, so a sheet
// larger than this is not a form, or built to exhaust memory.
inline constexpr int submission_max_rows = 2000;
inline constexpr int submission_max_columns = 64;
// Problems kept per file; the rest are counted in one last problem.
inline constexpr std::size_t submission_max_problems = 50;

struct SubmittedSheet {
  Grid grid;            // the sheet from A1, within the bounds above
  bool hidden = false;  // hidden in the workbook: its cells are never taken as values
  bool cut = false;     // larger than the bounds: only the bounded part was read
};

// Reads a submission. Rules (docs/rules.md "Submissions"): a master workbook is no form;
// the identity block may be on any sheet; the table of values is never taken from a hidden
// sheet (a form sheet named Formulir first); a form that says which indicators it carries
// must carry them all (else it is damaged or changed and rejected); non-finite values are
// rejected; negative values and values far above the quarter's target are warnings.
SubmissionReading read_submission(const std::vector<SubmittedSheet>& sheets, const SubmissionContext& context,
                                  const SubmissionSource& source);
// The same for sheets that are all visible and within the bounds.
SubmissionReading read_submission(const std::vector<Grid>& sheets, const SubmissionContext& context,
                                  const SubmissionSource& source);

// "2", "II", "TW II", "Triwulan 2", "tw2" -> 2; 0 when it is none of these.
int parse_quarter(std::string_view text);

}  // namespace kinerja::core
