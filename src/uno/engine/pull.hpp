// Pulling the bidang submissions into the master (SOP step 2): every file loaded safely and
// read by core, the accepted values merged into Realisasi with their provenance, each file
// logged in Kiriman, every problem in Masalah, the step in Jejak SOP: one undo step.
#pragma once

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/task/XStatusIndicator.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <org/kinerja/OperationResult.hpp>

#include <string>
#include <vector>

namespace kinerja::uno {

struct PullRequest {
  std::vector<rtl::OUString> inputs;  // file or folder URLs
  int quarter = 0;                    // 0: whatever each submission says
  std::string command;                // for the SOP trail ("kinerja pull", "Tarik Kiriman Bidang")
};

org::kinerja::OperationResult pull_submissions(const css::uno::Reference<css::uno::XComponentContext>& context,
                                               const css::uno::Reference<css::sheet::XSpreadsheetDocument>& master,
                                               const std::string& master_name, const PullRequest& request,
                                               const css::uno::Reference<css::task::XStatusIndicator>& progress);

// The files a pull reads: the given files, and the spreadsheet, CSV and email files directly in
// the given folders (sorted by name; lock files left out). Names are as core::shown_name shows
// them.
struct PullInputs {
  std::vector<rtl::OUString> files;
  std::vector<std::string> missing;  // paths given that are neither file nor folder
  std::vector<std::string> skipped;  // other files of those folders, sorted
  std::vector<std::string> links;    // symbolic links in those folders, never followed, sorted
};
PullInputs expand_inputs(const std::vector<rtl::OUString>& inputs);

}  // namespace kinerja::uno
