// A small command-line parser: --name value, --name=value, flags, positionals, and the help text they imply.
#pragma once

#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace dmad::cli {

// Wrong use of the command line (exit code 1).
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Arguments {
public:
    bool has(const std::string& name) const;
    std::string value(const std::string& name, const std::string& fallback = {}) const;
    std::vector<std::string> values(const std::string& name) const;     // repeated, and comma lists split
    std::vector<std::string> rawValues(const std::string& name) const;  // repeated, taken as written
    long long integer(const std::string& name, long long fallback) const;
    double number(const std::string& name, double fallback) const;
    std::vector<long long> integers(const std::string& name, const std::vector<long long>& fallback) const;
    const std::vector<std::string>& positionals() const { return m_positionals; }

private:
    friend class ArgumentParser;
    std::map<std::string, std::vector<std::string>> m_options;
    std::vector<std::string> m_positionals;
};

class ArgumentParser {
public:
    ArgumentParser(std::string command, std::string summary);

    // valueName empty: a flag without a value. Options may repeat; the last value wins for value().
    ArgumentParser& option(const std::string& name, const std::string& valueName, const std::string& help);
    ArgumentParser& flag(const std::string& name, const std::string& help);
    ArgumentParser& positional(const std::string& name, const std::string& help, bool many = false);
    ArgumentParser& note(const std::string& text);  // a paragraph after the options

    // Throws UsageError for an unknown option, a missing value, or positionals not declared.
    Arguments parse(const std::vector<std::string>& args) const;
    std::string help() const;

private:
    struct Option {
        std::string name, valueName, help;
    };
    std::string m_command, m_summary;
    std::vector<Option> m_options;
    std::vector<Option> m_positionals;
    bool m_manyPositionals = false;
    std::vector<std::string> m_notes;
};

}  // namespace dmad::cli
