// What the engine and the menu commands say when they are done (or refuse), in Indonesian and
// English: one function per outcome, so that the two languages say the same thing.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/actuals.hpp"
#include "core/form.hpp"
#include "core/message.hpp"
#include "core/period.hpp"
#include "core/pull_log.hpp"
#include "core/recap.hpp"
#include "core/report.hpp"

namespace kinerja::core::outcome {

// "Belum lapor: TW III (semua bidang); TW IV (Linmas)"; empty when every bidang reported.
Message unreported(const std::vector<UnreportedQuarter>& quarters);

// New Master Workbook.
Message master_invalid_year(int year);  // the problem's sentence
Message master_not_made();
Message master_not_made(int errors, const std::string& agreement_file);
Message master_made_empty(int year);
Message master_made(std::size_t indicators, std::size_t divisions, int year);

// Make Division Forms. `formats` are extensions ("ods", "xlsx"); `existing` file names.
Message forms_not_made(int errors, const std::string& master_name);
Message forms_no_such_quarter(int quarter);
Message forms_no_such_month(int month);
Message forms_exist(const std::vector<std::string>& existing);
// "TW II 2023" / "Juli 2023" (English: "July 2023").
Message period_named(const FormPeriod& period, int year);
Message forms_made(std::size_t forms, const Message& period, const std::vector<std::string>& formats,
                   const std::string& folder);

// Pull. `skipped`: files of the pulled folders that were not read (no spreadsheet or CSV).
Message pull_not_done(int errors, const std::string& master_name);
Message pull_done(const PullTally& tally, const MergeOutcome& merged, std::size_t problems,
                  const std::vector<std::string>& skipped = {});

// Take Earlier Years (Riwayat).
Message history_not_taken(const std::string& master_name);
Message history_none(std::size_t files);
Message history_taken(std::size_t records, const std::vector<int>& years, int files, std::size_t problems);

// The forms' email messages (.eml).
Message emails_not_made(const std::string& master_name);
// Kirim Formulir lewat Surel.
Message emails_opened(int opened, const Message& period, int without_address, bool forms_made, const std::string& folder);
Message emails_not_opened(const std::string& master_name);
Message forms_ready_in(const Message& period, const std::string& folder);
// `detail`: the mail service's own words (its source location, which LibreOffice appends, cut).
Message no_mail_program(const std::string& detail);
Message emails_made(int written, const Message& period, int without_address, const std::string& folder);

// The E.81 form.
Message e81_not_made(const std::string& master_name);
Message e81_made(int quarter, int year, std::size_t indicators, std::optional<double> average,
                 const std::string& rating, const std::string& path);

// Compute Recap, Flag Missed Targets, Fill Report, Export PDF, Copy to Share.
Message recap_not_computed(const std::string& master_name);
Message recap_computed(std::size_t indicators, std::size_t periods);
Message targets_not_flagged(const std::string& master_name);
Message targets_flagged(Period evaluated, int year, const FollowUpCounts& counts);
Message report_not_filled(const std::string& master_name);
Message report_filled(Period period, int year, std::size_t indicators, std::optional<double> average,
                      const std::string& average_rating, const std::vector<UnreportedQuarter>& unreported);
Message no_report(std::optional<Period> period);
Message pdf_exported(Period period, const std::string& path);
Message share_copy_made(const std::vector<std::string>& sheets, bool everything);

// What a menu command says before the engine runs.
Message unknown_period();
Message no_quarter(int quarter);
Message no_format(const std::string& format);
Message needs_argument(const LocalizedText& command_title, const char* argument);
Message cancelled();
Message more_problems(long more);

}  // namespace kinerja::core::outcome
