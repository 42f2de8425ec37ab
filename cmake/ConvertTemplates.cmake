# cmake -DSOFFICE=<soffice.bin> -DOUT_DIR=<dir> -DPROFILE=<dir> -DSOURCES=<a.fods;b.fods> -P ConvertTemplates.cmake
#
# Turns the flat ODF template sources into .ots templates with the office itself, on a
# throwaway profile of its own (a brand-new profile makes the office exit 81 once).
file(REMOVE_RECURSE "${PROFILE}")
foreach(attempt 1 2 3)
  execute_process(COMMAND "${SOFFICE}" --headless --terminate_after_init --norestore
                          "-env:UserInstallation=file://${PROFILE}"
                  RESULT_VARIABLE code OUTPUT_QUIET ERROR_QUIET TIMEOUT 120)
  if(code EQUAL 0)
    break()
  endif()
endforeach()
execute_process(COMMAND "${SOFFICE}" --headless --norestore "-env:UserInstallation=file://${PROFILE}"
                        --convert-to ots --outdir "${OUT_DIR}" ${SOURCES}
                RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 120)
file(REMOVE_RECURSE "${PROFILE}")
foreach(source IN LISTS SOURCES)
  get_filename_component(name "${source}" NAME_WE)
  if(NOT code EQUAL 0 OR NOT EXISTS "${OUT_DIR}/${name}.ots")
    message(FATAL_ERROR "template conversion failed (${code}): ${out} ${err}")
  endif()
endforeach()
