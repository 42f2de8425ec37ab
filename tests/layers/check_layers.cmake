# The layers' includes point down only (docs/architecture.md): run as
#   cmake -DSOURCE_DIR=<a tree with src/> -P check_layers.cmake
# Fails naming every file and line whose include reaches a layer it may not.
#
#   core     the rules: its own headers and the standard and third-party libraries, never a UNO
#            or LibreOffice header (com/sun/star, cppu*, rtl, osl, sal, uno, comphelper)
#   email    core (GMime's reading of saved emails, a module the component loads on use)
#   unobase  core and UNO
#   uno      core, unobase, email's module entry, UNO (never cli or office: the component runs
#            inside the office)
#   office   core, unobase, UNO (the CLI's session with an office)
#   cli      core, unobase, office (never uno: it talks to the component over UNO only)
cmake_minimum_required(VERSION 3.20)
if(NOT SOURCE_DIR)
  message(FATAL_ERROR "check_layers.cmake: SOURCE_DIR is not set")
endif()

set(own_layers core email unobase uno office cli)
set(allowed_core core)
set(allowed_email core email)
set(allowed_unobase core unobase)
set(allowed_uno core email unobase uno)
set(allowed_office core unobase office)
set(allowed_cli core unobase office cli)
set(office_headers "com/sun/star/|cppu/|cppuhelper/|rtl/|osl/|sal/|uno/[A-Za-z_]+\\.h|comphelper/|typelib/")

set(violations "")
set(files_read 0)
foreach(layer IN LISTS own_layers)
  file(GLOB_RECURSE sources "${SOURCE_DIR}/src/${layer}/*.cpp" "${SOURCE_DIR}/src/${layer}/*.hpp"
       "${SOURCE_DIR}/src/${layer}/*.h")
  foreach(source IN LISTS sources)
    math(EXPR files_read "${files_read} + 1")
    file(STRINGS "${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
    file(RELATIVE_PATH shown "${SOURCE_DIR}" "${source}")
    foreach(line IN LISTS includes)
      string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]*)[>\"].*" "\\1" header "${line}")
      # One of our layers, by its folder ("core/grid.hpp"; "uno/..." only with a quote).
      string(REGEX MATCH "^([a-z]+)/" first "${header}")
      set(target_layer "${CMAKE_MATCH_1}")
      set(bad FALSE)
      if(line MATCHES "\"" AND target_layer IN_LIST own_layers)
        if(NOT target_layer IN_LIST allowed_${layer})
          set(bad TRUE)
        endif()
      elseif((layer STREQUAL "core" OR layer STREQUAL "email") AND header MATCHES "^(${office_headers})")
        set(bad TRUE)
      endif()
      if(bad)
        string(REPLACE ";" ", " allowed "${allowed_${layer}}")
        string(APPEND violations "  ${shown}: ${line}  (${layer} may include only: ${allowed})\n")
      endif()
    endforeach()
  endforeach()
endforeach()

if(files_read EQUAL 0)
  message(FATAL_ERROR "check_layers.cmake: no sources under ${SOURCE_DIR}/src")
endif()
if(violations)
  message(FATAL_ERROR "Includes against the layers:\n${violations}")
endif()
message(STATUS "${files_read} files: every include points down")
