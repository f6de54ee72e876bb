# dmad_isolate_test(name): the test gets a home of its own under <build>/test-home/<name> (HOME and the XDG
# config, data and cache folders in it), so concurrent tests (ctest -j) never share a settings file (Qt's test
# mode keeps them in ~/.qttest) and no test reads or writes the real home. XDG_RUNTIME_DIR is left as it is.
# Appends to the test's ENVIRONMENT, so call it after any set_tests_properties(... ENVIRONMENT ...).
function(dmad_isolate_test name)
  set(home "${PROJECT_BINARY_DIR}/test-home/${name}")
  file(MAKE_DIRECTORY "${home}/.config" "${home}/.local/share" "${home}/.cache")
  set_property(TEST ${name} APPEND PROPERTY ENVIRONMENT
    "HOME=${home}"
    "XDG_CONFIG_HOME=${home}/.config"
    "XDG_DATA_HOME=${home}/.local/share"
    "XDG_CACHE_HOME=${home}/.cache")
endfunction()

# dmad_add_test(NAME name SOURCES a.cpp ... LIBS lib ... [LABELS l ...] [TIMEOUT s])
# One Qt Test executable, registered with CTest, run offscreen in a home of its own, told where ../shared lives.
function(dmad_add_test)
  cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${T_NAME} ${T_SOURCES})
  target_link_libraries(${T_NAME} PRIVATE Qt6::Test ${T_LIBS})
  target_compile_definitions(${T_NAME} PRIVATE
    DMAD_SHARED_DIR="${DMAD_SHARED_DIR}"
    DMAD_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  add_test(NAME ${T_NAME} COMMAND ${T_NAME})
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 300)
  endif()
  set(T_ENV "QT_QPA_PLATFORM=offscreen;OMP_NUM_THREADS=2;OMP_WAIT_POLICY=PASSIVE")
  if(DMAD_SANITIZE)
    # Sanitized runs take longer; third-party leaks are suppressed (tests/sanitizers/lsan.supp says which).
    math(EXPR T_TIMEOUT "${T_TIMEOUT} * 4")
    set(supp "${PROJECT_SOURCE_DIR}/tests/sanitizers")
    list(APPEND T_ENV
      "ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=0"
      "LSAN_OPTIONS=suppressions=${supp}/lsan.supp:print_suppressions=0"
      "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:suppressions=${supp}/ubsan.supp")
  endif()
  set_tests_properties(${T_NAME} PROPERTIES TIMEOUT ${T_TIMEOUT} ENVIRONMENT "${T_ENV}")
  dmad_isolate_test(${T_NAME})
  if(T_LABELS)
    set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}")
  endif()
endfunction()
