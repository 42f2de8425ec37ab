#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/agreement.hpp"
#include "core/option_words.hpp"
#include "csv_fixture.hpp"

using namespace kinerja::core;

namespace {

using Row = std::vector<Cell>;

Cell t(const char* text) { return std::string(text); }

const Row header = {t("kode"), t("bidang"), t("sasaran"), t("indikator"), t("satuan"),
                    t("polaritas"), t("agregasi"), t("jenis_target"), t("target_tahunan"),
                    t("target_tw1"), t("target_tw2"), t("target_tw3"), t("target_tw4")};

Row row(const char* code, const char* polarity = "positif", const char* aggregation = "sum",
        Cell annual = Number{120}, Cell tw1 = Number{30}) {
  return {t(code), t("Bidang A"), t("Sasaran 1"), t("Indikator"), t("kali"), t(polarity),
          t(aggregation), t("per_tw"), annual, tw1, Number{30}, Number{30}, Number{30}};
}

std::vector<std::string> messages(const AgreementReading& reading) {
  std::vector<std::string> out;
  for (const Problem& p : reading.problems) out.push_back(p.where + " " + p.message);
  return out;
}

}  // namespace

TEST_CASE("the sample agreement reads without problems") {
  const AgreementReading reading = read_agreement(
      kinerja::test::read_csv(kinerja::test::sample_path("perjanjian-kinerja-2023.csv"), "PK"));
  CHECK(reading.problems.empty());
  REQUIRE(reading.agreement.indicators.size() == 14);
  const Indicator& sek02 = *reading.agreement.find("sek-02");
  CHECK(sek02.division == "Sekretariat");
  CHECK(sek02.unit == "nilai");
  CHECK(sek02.aggregation == Aggregation::last);
  CHECK_FALSE(sek02.quarter_targets[0]);
  CHECK(sek02.quarter_targets[3] == 70);
  const Indicator& linmas02 = *reading.agreement.find("LINMAS-02");
  CHECK(linmas02.target_kind == TargetKind::cumulative);
  CHECK(linmas02.is_percent());
  CHECK(reading.agreement.find("PPUD-04")->polarity == Polarity::negative);
  CHECK(reading.agreement.divisions().size() == 4);
  CHECK(reading.agreement.divisions()[0] == "Sekretariat");
}

TEST_CASE("Indonesian aliases, moved columns and a title above the header") {
  const Grid grid("PK", {{t("Perjanjian Kinerja 2023")},
                         {t("Target TW IV"), t("Kode Indikator"), t("Bidang"), t("Sasaran Strategis"),
                          t("Indikator Kinerja"), t("Satuan"), t("Arah"), t("Metode"), t("Jenis Target"),
                          t("Target\nTahunan"), t("Target TW I"), t("Target TW II"), t("Target TW III"), t("Bobot")},
                         {t("10"), t("A-1"), t("B"), t("S"), t("I"), t("%"), t("Negatif"), t("rata-rata"),
                          t("per_tw"), t("10"), t("10"), t("10"), t("10"), t("2")}});
  const AgreementReading reading = read_agreement(grid);
  CHECK(reading.problems.empty());
  REQUIRE(reading.agreement.indicators.size() == 1);
  const Indicator& i = reading.agreement.indicators[0];
  CHECK(i.code == "A-1");
  CHECK(i.polarity == Polarity::negative);
  CHECK(i.aggregation == Aggregation::average);
  CHECK(i.quarter_targets[3] == 10);
  CHECK(i.weight == 2);
}

TEST_CASE("bad agreements give problems naming the cell") {
  SUBCASE("duplicate code") {
    const AgreementReading r = read_agreement(Grid("PK", {header, row("A-1"), row("a-1 ")}));
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].where == "PK!A3");
    CHECK(r.problems[0].message == "Kode \"a-1\" ganda: sudah dipakai di PK!A2.");
    CHECK(r.agreement.indicators.size() == 1);
  }
  SUBCASE("unknown polarity and aggregation") {
    const AgreementReading r = read_agreement(Grid("PK", {header, row("A-1", "naik", "median")}));
    REQUIRE(r.problems.size() == 2);
    CHECK(messages(r)[0] == "PK!F2 Polaritas \"naik\" tidak dikenal. Isi dengan positif atau negatif.");
    CHECK(messages(r)[1] == "PK!G2 Agregasi \"median\" tidak dikenal. Isi dengan sum, last, average, max atau min.");
    CHECK(r.agreement.indicators.empty());
  }
  SUBCASE("text in a target") {
    const AgreementReading r = read_agreement(Grid("PK", {header, row("A-1", "positif", "sum", Number{120}, t("tiga puluh"))}));
    REQUIRE(r.problems.size() == 1);
    CHECK(messages(r)[0] == "PK!J2 \"tiga puluh\" bukan angka.");
    CHECK(has_errors(r.problems));
  }
  SUBCASE("a missing column") {
    Row short_header = header;
    short_header.pop_back();
    const AgreementReading r = read_agreement(Grid("PK", {short_header, row("A-1")}));
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].message == "Kolom \"Target TW IV\" tidak ada pada baris judul.");
  }
  SUBCASE("an empty table") {
    const AgreementReading r = read_agreement(Grid("PK", {}));
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].message == "Tabel kosong: tidak ada isinya sama sekali.");
    const AgreementReading only_header = read_agreement(Grid("PK", {header}));
    REQUIRE(only_header.problems.size() == 1);
    CHECK(only_header.problems[0].message == "Tidak ada indikator pada tabel.");
  }
  SUBCASE("an empty code and empty rows") {
    const AgreementReading r = read_agreement(Grid("PK", {header, Row{}, row(""), row("A-2")}));
    REQUIRE(r.problems.size() == 1);
    CHECK(messages(r)[0] == "PK!A3 Kode indikator kosong.");
    CHECK(r.agreement.indicators.size() == 1);
  }
  SUBCASE("annual target that disagrees with the action plan: a warning") {
    const AgreementReading r = read_agreement(Grid("PK", {header, row("A-1", "positif", "sum", Number{100})}));
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].severity == Severity::warning);
    CHECK(messages(r)[0] == "PK!I2 Target tahunan 100 berbeda dengan target rencana aksi (sum TW I-IV = 120).");
    CHECK(r.agreement.indicators.size() == 1);
  }
  SUBCASE("an ambiguous number is read, with a warning") {
    const AgreementReading r = read_agreement(Grid("PK", {header, row("A-1", "positif", "sum", t("1.200"), Number{30})}));
    REQUIRE_FALSE(has_errors(r.problems));
    CHECK(r.agreement.indicators[0].annual_target == 1200);
  }
}

TEST_CASE("option words in Indonesian and English, any case") {
  CHECK(parse_polarity(" Positif ") == Polarity::positive);
  CHECK(parse_polarity("NEGATIVE") == Polarity::negative);
  CHECK_FALSE(parse_polarity("naik"));
  CHECK(parse_aggregation("Jumlah") == Aggregation::sum);
  CHECK(parse_aggregation("akhir") == Aggregation::last);
  CHECK(parse_aggregation("Rata-rata") == Aggregation::average);
  CHECK(parse_aggregation("maks") == Aggregation::max);
  CHECK(parse_aggregation("MIN") == Aggregation::min);
  CHECK(parse_target_kind("per tw") == TargetKind::per_quarter);
  CHECK(parse_target_kind("Kumulatif") == TargetKind::cumulative);
  CHECK(parse_negative_method("Rasio") == NegativeMethod::ratio);
  CHECK(parse_negative_method("selisih") == NegativeMethod::difference);
  CHECK(word_of(Aggregation::average) == "average");
  CHECK(word_of(TargetKind::cumulative) == "kumulatif");
}

TEST_CASE("the Renstra, national standard and pagu columns are optional and read as numbers") {
  // Without them: nothing set, no problem.
  const AgreementReading plain = read_agreement(Grid("PK", {header, row("A-01")}));
  CHECK(plain.problems.empty());
  CHECK_FALSE(plain.agreement.indicators[0].baseline);
  CHECK_FALSE(plain.agreement.indicators[0].renstra_target);
  CHECK_FALSE(plain.agreement.indicators[0].budget);
  // The bundled example has them for some indicators: SEK-02's Renstra, everyone's pagu.
  const Indicator& sek02 = *kinerja::test::sample_agreement().find("SEK-02");
  CHECK(sek02.baseline == 55);
  CHECK(sek02.renstra_target == 75);
  CHECK(sek02.renstra_end_year == 2026);
  CHECK(sek02.budget == 100000000);
  CHECK_FALSE(kinerja::test::sample_agreement().find("SEK-01")->renstra_target);
  // With them, under the PK sheet's titles and aliases, Indonesian numbers.
  Row titles = header;
  for (const char* title : {"Kondisi Awal", "Target Akhir Renstra", "Tahun Akhir Renstra", "Sifat Target Renstra",
                            "Standar Nasional", "Pagu DPA"}) {
    titles.push_back(t(title));
  }
  Row full = row("A-01");
  for (const char* value : {"60", "95,5", "2026", "Kumulatif", "90", "1.250.000.000"}) full.push_back(t(value));
  Row partial = row("A-02");
  for (const char* value : {"", "80", "", "", "", ""}) partial.push_back(t(value));
  const AgreementReading reading = read_agreement(Grid("PK", {titles, full, partial}));
  CAPTURE(messages(reading));
  CHECK(reading.problems.empty());
  REQUIRE(reading.agreement.indicators.size() == 2);
  const Indicator& a = reading.agreement.indicators[0];
  CHECK(a.baseline == 60);
  CHECK(a.renstra_target == 95.5);
  CHECK(a.renstra_end_year == 2026);
  CHECK(a.renstra_kind == RenstraTargetKind::cumulative);
  CHECK(a.national_standard == 90);
  CHECK(a.budget == 1250000000.0);
  const Indicator& b = reading.agreement.indicators[1];
  CHECK(b.renstra_target == 80);
  CHECK_FALSE(b.baseline);
  CHECK_FALSE(b.renstra_end_year);
  CHECK(b.renstra_kind == RenstraTargetKind::end_state);  // the default
  CHECK_FALSE(b.budget);
  // The PK sheet writes them back under its own titles, and reads them again unchanged.
  const Grid pk = agreement_grid(reading.agreement);
  CHECK(pk.text(0, 14) == "Kondisi Awal");
  CHECK(pk.text(0, 17) == "Sifat Target Renstra");
  CHECK(pk.text(1, 17) == "kumulatif");
  CHECK(pk.text(0, 19) == "Pagu (Rp)");
  const AgreementReading again = read_agreement(pk);
  CHECK(again.problems.empty());
  CHECK(again.agreement.indicators[0].budget == 1250000000.0);
  CHECK(again.agreement.indicators[0].renstra_end_year == 2026);
  CHECK(again.agreement.indicators[0].renstra_kind == RenstraTargetKind::cumulative);
}

TEST_CASE("text in pagu, a negative pagu and a Renstra year that is no year are errors naming the cell") {
  Row titles = header;
  for (const char* title : {"Pagu (Rp)", "Tahun Akhir Renstra", "Target Akhir Renstra", "Sifat Target Renstra"}) {
    titles.push_back(t(title));
  }
  Row text_budget = row("A-01");
  for (const char* value : {"satu miliar", "2026", "90", ""}) text_budget.push_back(t(value));
  Row negative_budget = row("A-02");
  for (const char* value : {"-5", "", "", ""}) negative_budget.push_back(t(value));
  Row bad_year = row("A-03");
  for (const char* value : {"", "2026,5", "90", ""}) bad_year.push_back(t(value));
  Row year_alone = row("A-04");
  for (const char* value : {"", "2026", "", ""}) year_alone.push_back(t(value));
  Row bad_kind = row("A-05");
  for (const char* value : {"", "2026", "90", "bertahap"}) bad_kind.push_back(t(value));
  const AgreementReading reading =
      read_agreement(Grid("PK", {titles, text_budget, negative_budget, bad_year, year_alone, bad_kind}));
  const std::vector<std::string> found = messages(reading);
  CAPTURE(found);
  // Columns: the 13 of the header (A..M), then Pagu N, Tahun Akhir O, Target Akhir P.
  const auto has = [&](const std::string& start) {
    return std::any_of(found.begin(), found.end(), [&](const std::string& m) { return m.rfind(start, 0) == 0; });
  };
  CHECK(has("PK!N2 "));
  CHECK(has("PK!N3 Pagu tidak boleh negatif."));
  CHECK(has("PK!O4 Tahun akhir Renstra 2026,5 bukan tahun"));
  CHECK(has("PK!P5 Tahun akhir Renstra diisi tanpa target akhir Renstra."));
  CHECK(has("PK!Q6 Sifat target Renstra \"bertahap\" tidak dikenal. Isi dengan kondisi_akhir atau kumulatif."));
  // The rows with an error are left out; the warning keeps A-04.
  REQUIRE(reading.agreement.indicators.size() == 1);
  CHECK(reading.agreement.indicators[0].code == "A-04");
}
