// Lets QCOMPARE print core/project's enums by their database spelling.
#pragma once

#include "project/file_check.h"
#include "project/project_types.h"

#include <QtTest>

namespace QTest {

template <>
inline char* toString(const dmad::project::ImageStatus& status) {
    return qstrdup(qPrintable(dmad::project::toText(status)));
}
template <>
inline char* toString(const dmad::project::Split& split) {
    return qstrdup(qPrintable(dmad::project::toText(split)));
}
template <>
inline char* toString(const dmad::project::UserRole& role) {
    return qstrdup(qPrintable(dmad::project::toText(role)));
}
template <>
inline char* toString(const dmad::project::MissingFile::Kind& kind) {
    return qstrdup(kind == dmad::project::MissingFile::Kind::Image ? "image" : "mask");
}

}  // namespace QTest
