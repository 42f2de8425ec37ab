// What a pull tells the staff: the verdict on each submission, its row in the Kiriman log,
// each problem's row in Masalah, and the summary of the whole pull.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/actuals.hpp"
#include "core/grid.hpp"
#include "core/problem.hpp"
#include "core/submission.hpp"

namespace kinerja::core {

// A submission as a whole: Ditolak when nothing usable was found, Sebagian when some rows
// were rejected, Diterima otherwise.
enum class Verdict { accepted, partial, rejected };

Verdict submission_verdict(const SubmissionReading& reading);

// "Diterima", "Sebagian", "Ditolak".
std::string_view label_of(Verdict verdict);

// A file that could not be read at all (damaged, encrypted, no spreadsheet): rejected, with
// the reason as its problem.
SubmissionReading unreadable_submission(const std::string& file, const std::string& reason);

// The Kiriman row of one submission (master_layout::headers(submissions) order); `note` fills
// its Catatan.
std::vector<Cell> submission_log_row(const SubmissionReading& reading, const SubmissionSource& source,
                                     const std::string& note = {});

// The Masalah row of one problem (master_layout::headers(problems) order).
std::vector<Cell> problem_log_row(const Problem& problem, const std::string& at);

// The counts of a pull, and its one-paragraph summary for the staff.
struct PullTally {
  int files = 0;
  int accepted = 0;
  int partial = 0;
  int rejected = 0;
  void count(Verdict verdict);
};

// The Catatan of the pull's last Kiriman row: the values it replaced, old -> new; empty when none.
std::string replaced_note(const MergeOutcome& merged);

// A file in a pulled folder that is no spreadsheet or CSV: not read, and said so.
Problem skipped_file_problem(const std::string& file);

// A symbolic link in a folder pulled: not followed (it may point at any file of the computer).
Problem linked_file_problem(const std::string& file);

}  // namespace kinerja::core
