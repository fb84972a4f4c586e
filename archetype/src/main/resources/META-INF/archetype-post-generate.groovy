// Runs after the archetype plugin has written the project into <outputDirectory>/<artifactId>:
// checks the options (the plugin checks nothing in batch mode), and on a bad value deletes what was
// written and stops with a message naming the option, the value and what is allowed; otherwise it
// finishes the project (.gitignore, no infra/ for infra=none) and moves it to <directory>/<name>.
import java.nio.file.Files
import java.nio.file.Path
import java.util.Comparator

def props = request.properties
def outputDirectory = Path.of(request.outputDirectory).toAbsolutePath().normalize()
def generated = outputDirectory.resolve(request.artifactId).normalize()

def javaKeywords = ['abstract', 'assert', 'boolean', 'break', 'byte', 'case', 'catch', 'char', 'class',
        'const', 'continue', 'default', 'do', 'double', 'else', 'enum', 'extends', 'final', 'finally',
        'float', 'for', 'goto', 'if', 'implements', 'import', 'instanceof', 'int', 'interface', 'long',
        'native', 'new', 'package', 'private', 'protected', 'public', 'return', 'short', 'static',
        'strictfp', 'super', 'switch', 'synchronized', 'this', 'throw', 'throws', 'transient', 'try',
        'void', 'volatile', 'while', 'true', 'false', 'null', '_', 'var', 'yield', 'record', 'sealed',
        'permits', 'non-sealed'] as Set

def problems = []
def value = { String key -> props.getProperty(key) ?: '' }
def oneOf = { String key, List<String> allowed ->
    if (!allowed.contains(value(key))) {
        problems << "${key} '${value(key)}' is not allowed; use one of ${allowed.join(', ')}"
    }
}

String name = value('name')
if (!(name ==~ /[a-z][a-z0-9]*(-[a-z0-9]+)*/)) {
    problems << "name '${name}' is not allowed; use lower-case words of letters and digits joined by" +
            " single hyphens, starting with a letter, such as my-api"
}
String directory = value('directory')
if (directory.isEmpty() || directory.startsWith('/') || directory.contains('\\')
        || !directory.split('/').every { it ==~ /[A-Za-z0-9_][A-Za-z0-9._-]*/ && it != '..' }) {
    problems << "directory '${directory}' is not allowed; use a relative path of plain names such as" +
            " packages or services/apis (no .., no leading /)"
}
oneOf('infra', ['rest', 'http', 'function-url', 'none'])
oneOf('integrationPattern', ['isolated', 'shared'])
oneOf('auth', ['iam', 'cognito', 'custom'])
if (value('infra') == 'function-url') {
    if (value('integrationPattern') == 'isolated') {
        problems << "integrationPattern 'isolated' is not allowed with infra 'function-url', which is one URL" +
                " on one function; use shared (the default for function-url)"
    }
    if (['cognito', 'custom'].contains(value('auth'))) {
        problems << "auth '${value('auth')}' is not allowed with infra 'function-url', whose URL takes IAM" +
                " auth only; use iam, or infra rest or http"
    }
}
String pkg = value('package')
def segments = pkg.split('\\.', -1) as List
def badSegment = segments.find { !(it ==~ /[A-Za-z_][A-Za-z0-9_]*/) || javaKeywords.contains(it) }
if (pkg.isEmpty() || badSegment != null) {
    problems << "package '${pkg}' is not a Java package name" +
            (badSegment != null && javaKeywords.contains(badSegment) ? " ('${badSegment}' is a Java keyword)" : "") +
            "; use dot-separated Java identifiers such as com.example.myapi (set -Dpackage=..., or a groupId" +
            " and name that give one)"
}
String classPrefix = value('classPrefix')
if (!(classPrefix ==~ /[A-Z][A-Za-z0-9]*/) || javaKeywords.contains(classPrefix)) {
    problems << "classPrefix '${classPrefix}' is not allowed; use a Java class name such as MyApi"
}
String version = value('version')
if (!version.isEmpty() && !(version ==~ /[A-Za-z0-9][A-Za-z0-9._+-]*/)) {
    problems << "version '${version}' is not allowed; use letters, digits, dots and hyphens, such as 0.1.0-SNAPSHOT"
}
String artifactId = request.artifactId ?: ''
if (!(artifactId ==~ /[A-Za-z0-9][A-Za-z0-9._-]*/)) {
    problems << "artifactId '${artifactId}' is not allowed; use letters, digits, dots and hyphens, such as my-api"
}
if (Files.exists(outputDirectory.resolve('pom.xml'))) {
    // the plugin has already listed the project as a module of that pom: take the line out again
    Path parentPom = outputDirectory.resolve('pom.xml')
    String text = Files.readString(parentPom)
    String added = /(?m)^[ \t]*<module>${java.util.regex.Pattern.quote(artifactId)}<\/module>[ \t]*\r?\n/
    String cleaned = text.replaceFirst(added, '')
    if (cleaned != text) {
        Files.writeString(parentPom, cleaned)
    }
    problems << "the current directory holds a pom.xml, which the archetype plugin would make this project's parent;" +
            " run archetype:generate in a directory without one (such as the parent of your checkout)"
}
String title = value('title')
if (title.isBlank() || title.contains('"') || title.contains('\\') || title.contains('\n')) {
    problems << "title '${title}' is not allowed; use a non-blank title without quotes or backslashes, such as My API"
}

def deleteTree = { Path root ->
    // only what this run generated: a directory directly under the output directory
    if (Files.isDirectory(root) && root.parent == outputDirectory) {
        Files.walk(root).sorted(Comparator.reverseOrder()).forEach { Files.delete(it) }
    }
}

Path target = problems.isEmpty() ? outputDirectory.resolve(directory).resolve(name).normalize() : null
if (target != null && Files.exists(target)) {
    problems << "directory '${directory}' already holds ${name}: ${target} exists; choose another name or directory"
}

if (!problems.isEmpty()) {
    deleteTree(generated)
    throw new IllegalArgumentException("skiff-archetype: nothing was generated:\n  - " + problems.join('\n  - '))
}

Files.move(generated.resolve('gitignore'), generated.resolve('.gitignore'))
if (value('infra') == 'none') {
    Path infra = generated.resolve('infra')
    Files.walk(infra).sorted(Comparator.reverseOrder()).forEach { Files.delete(it) }
}
if (target != generated) {
    // through a sibling first: the target may lie inside the generated folder (directory my-api)
    Path moving = outputDirectory.resolve('.skiff-archetype-' + name)
    Files.move(generated, moving)
    Files.createDirectories(target.parent)
    Files.move(moving, target)
}
println "Created ${value('title')} in ${outputDirectory.relativize(target)}: cd ${outputDirectory.relativize(target)}" +
        " && mvn verify (tests), mvn -pl api compile -Pdev (local server with reload)"
