#include "app/cli/arguments.h"

#include <sstream>

namespace dmad::cli {
namespace {

std::vector<std::string> splitCommas(const std::string& text) {
    std::vector<std::string> parts;
    std::stringstream s(text);
    std::string part;
    while (std::getline(s, part, ','))
        if (!part.empty()) parts.push_back(part);
    return parts;
}

}  // namespace

bool Arguments::has(const std::string& name) const {
    return m_options.count(name) > 0;
}

std::string Arguments::value(const std::string& name, const std::string& fallback) const {
    const auto it = m_options.find(name);
    return it == m_options.end() || it->second.empty() ? fallback : it->second.back();
}

std::vector<std::string> Arguments::values(const std::string& name) const {
    std::vector<std::string> all;
    const auto it = m_options.find(name);
    if (it == m_options.end()) return all;
    for (const std::string& v : it->second)
        for (const std::string& part : splitCommas(v)) all.push_back(part);
    return all;
}

std::vector<std::string> Arguments::rawValues(const std::string& name) const {
    const auto it = m_options.find(name);
    return it == m_options.end() ? std::vector<std::string>{} : it->second;
}

long long Arguments::integer(const std::string& name, long long fallback) const {
    if (!has(name)) return fallback;
    const std::string v = value(name);
    try {
        std::size_t used = 0;
        const long long i = std::stoll(v, &used);
        if (used == v.size()) return i;
    } catch (const std::logic_error&) {}
    throw UsageError("--" + name + " expects a whole number, got '" + v + "'");
}

double Arguments::number(const std::string& name, double fallback) const {
    if (!has(name)) return fallback;
    const std::string v = value(name);
    try {
        std::size_t used = 0;
        const double d = std::stod(v, &used);
        if (used == v.size()) return d;
    } catch (const std::logic_error&) {}
    throw UsageError("--" + name + " expects a number, got '" + v + "'");
}

std::vector<long long> Arguments::integers(const std::string& name, const std::vector<long long>& fallback) const {
    if (!has(name)) return fallback;
    std::vector<long long> numbers;
    for (const std::string& v : values(name)) {
        try {
            std::size_t used = 0;
            numbers.push_back(std::stoll(v, &used));
            if (used == v.size()) continue;
        } catch (const std::logic_error&) {}
        throw UsageError("--" + name + " expects whole numbers separated by commas, got '" + v + "'");
    }
    return numbers;
}

ArgumentParser::ArgumentParser(std::string command, std::string summary)
    : m_command(std::move(command)), m_summary(std::move(summary)) {
    flag("help", "show this help and exit");
}

ArgumentParser& ArgumentParser::option(const std::string& name, const std::string& valueName, const std::string& help) {
    m_options.push_back({name, valueName, help});
    return *this;
}

ArgumentParser& ArgumentParser::flag(const std::string& name, const std::string& help) {
    return option(name, "", help);
}

ArgumentParser& ArgumentParser::positional(const std::string& name, const std::string& help, bool many) {
    m_positionals.push_back({name, "", help});
    m_manyPositionals = m_manyPositionals || many;
    return *this;
}

ArgumentParser& ArgumentParser::note(const std::string& text) {
    m_notes.push_back(text);
    return *this;
}

Arguments ArgumentParser::parse(const std::vector<std::string>& args) const {
    Arguments parsed;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg.rfind("--", 0) != 0 || arg == "--") {
            parsed.m_positionals.push_back(arg);
            continue;
        }
        std::string name = arg.substr(2), inlineValue;
        const auto eq = name.find('=');
        const bool hasInline = eq != std::string::npos;
        if (hasInline) {
            inlineValue = name.substr(eq + 1);
            name = name.substr(0, eq);
        }
        const Option* spec = nullptr;
        for (const Option& o : m_options)
            if (o.name == name) spec = &o;
        if (!spec)
            throw UsageError("unknown option --" + name + " for '" + m_command + "' (see dmad " + m_command +
                             " --help)");
        if (spec->valueName.empty()) {
            if (hasInline) throw UsageError("--" + name + " takes no value");
            parsed.m_options[name];
            continue;
        }
        if (hasInline) {
            parsed.m_options[name].push_back(inlineValue);
            continue;
        }
        if (i + 1 >= args.size()) throw UsageError("--" + name + " needs a value (" + spec->valueName + ")");
        parsed.m_options[name].push_back(args[++i]);
    }
    if (parsed.has("help")) return parsed;
    if (!m_manyPositionals && parsed.m_positionals.size() > m_positionals.size())
        throw UsageError("unexpected argument '" + parsed.m_positionals[m_positionals.size()] + "' for '" + m_command +
                         "'");
    return parsed;
}

std::string ArgumentParser::help() const {
    std::ostringstream s;
    s << "Usage: dmad " << m_command << " [options]";
    for (const Option& p : m_positionals)
        s << " " << p.name << (m_manyPositionals && &p == &m_positionals.back() ? "..." : "");
    s << "\n\n" << m_summary << "\n";
    if (!m_positionals.empty()) {
        s << "\nArguments:\n";
        for (const Option& p : m_positionals) s << "  " << p.name << "\n      " << p.help << "\n";
    }
    s << "\nOptions:\n";
    for (const Option& o : m_options) {
        s << "  --" << o.name;
        if (!o.valueName.empty()) s << " " << o.valueName;
        s << "\n      " << o.help << "\n";
    }
    for (const std::string& n : m_notes) s << "\n" << n << "\n";
    return s.str();
}

}  // namespace dmad::cli
