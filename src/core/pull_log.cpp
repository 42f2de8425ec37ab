#include "core/pull_log.hpp"

namespace kinerja::core {
namespace {

Cell whole_or_empty(int value) { return value != 0 ? Cell(Number{static_cast<double>(value)}) : Cell(Empty{}); }

std::string joined(const std::vector<std::string>& parts, const char* separator) {
  std::string out;
  for (const std::string& part : parts) out += (out.empty() ? "" : separator) + part;
  return out;
}

}  // namespace

Verdict submission_verdict(const SubmissionReading& reading) {
  if (!reading.usable) return Verdict::rejected;
  return reading.rejected_rows > 0 ? Verdict::partial : Verdict::accepted;
}

std::string_view label_of(Verdict verdict) {
  switch (verdict) {
    case Verdict::accepted: return "Diterima";
    case Verdict::partial: return "Sebagian";
    case Verdict::rejected: return "Ditolak";
  }
  return "Ditolak";
}

SubmissionReading unreadable_submission(const std::string& file, const std::string& reason) {
  SubmissionReading reading;
  reading.usable = false;
  reading.problems.push_back({Severity::error, reason, {}, file});
  return reading;
}

std::vector<Cell> submission_log_row(const SubmissionReading& reading, const SubmissionSource& source,
                                     const std::string& note) {
  const bool usable = submission_verdict(reading) != Verdict::rejected;
  const double accepted = usable ? static_cast<double>(reading.records.size()) : 0.0;
  return {source.pulled_at,
          source.file,
          source.sha256,
          reading.division,
          whole_or_empty(reading.year),
          whole_or_empty(reading.quarter),
          std::string(label_of(submission_verdict(reading))),
          Number{accepted},
          Number{static_cast<double>(reading.rejected_rows)},
          note,
          source.sender,
          source.sent_at,
          whole_or_empty(reading.month)};
}

std::vector<Cell> problem_log_row(const Problem& problem, const std::string& at) {
  return {at, problem.file, problem.where, std::string(label_of(problem.severity)), problem.message};
}

void PullTally::count(Verdict verdict) {
  ++files;
  switch (verdict) {
    case Verdict::accepted: ++accepted; break;
    case Verdict::partial: ++partial; break;
    case Verdict::rejected: ++rejected; break;
  }
}

Problem skipped_file_problem(const std::string& file) {
  return {Severity::warning, "Tidak dibaca: bukan lembar kerja (.ods, .xlsx, .xls, .fods), CSV atau surel (.eml).", {}, file};
}

Problem linked_file_problem(const std::string& file) {
  return {Severity::warning,
          "Tidak dibaca: tautan simbolik, bukan berkas. Bila memang kiriman, salin berkas aslinya ke folder ini.", {}, file};
}

std::string replaced_note(const MergeOutcome& merged) {
  return merged.changes.empty() ? std::string() : "Diganti: " + joined(merged.changes, "; ");
}

}  // namespace kinerja::core
