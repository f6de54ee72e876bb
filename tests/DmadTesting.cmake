# dmad_add_test(NAME name SOURCES a.cpp ... LIBS lib ... [LABELS l ...] [TIMEOUT s])
# One Qt Test executable, registered with CTest, run offscreen, told where ../shared lives.
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
  if(T_LABELS)
    set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}")
  endif()
endfunction()
