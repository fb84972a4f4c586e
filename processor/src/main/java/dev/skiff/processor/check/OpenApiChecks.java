package dev.skiff.processor.check;

import dev.skiff.processor.DiagnosticMessages;
import dev.skiff.processor.Diagnostics;
import dev.skiff.processor.model.ApiInfoModel;
import dev.skiff.processor.model.ApiModel;
import dev.skiff.processor.model.DeclaredResponseModel;
import dev.skiff.processor.model.MediaTypes;
import dev.skiff.processor.model.ParamModel;
import dev.skiff.processor.model.ParamSource;
import dev.skiff.processor.model.PropertyModel;
import dev.skiff.processor.model.ResponseHeaderModel;
import dev.skiff.processor.model.RouteModel;
import dev.skiff.processor.model.SchemaModel;
import dev.skiff.processor.model.ServerModel;
import dev.skiff.processor.model.TypeModel;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The rules of what only the OpenAPI document shows: declared responses and their headers,
 * examples, the security scheme and the servers. A class-level {@code @ApiResponse} is checked
 * with each of its operations but reported once.
 */
final class OpenApiChecks {
    private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    private final Diagnostics diagnostics;
    private final Set<String> reported = new HashSet<>();
    private Examples examples;

    OpenApiChecks(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    void check(ApiModel api) {
        examples = new Examples(api);
        checkInfo(api.info());
        for (RouteModel route : api.routes()) {
            checkResponses(route);
            checkHeaders(route.docs().successHeaders(), route.element(), route.javaMethodName());
            route.params().forEach(this::checkExample);
        }
        for (SchemaModel schema : api.schemas().values()) {
            if (schema instanceof SchemaModel.ObjectSchema object) {
                object.properties().forEach(this::checkExample);
            }
        }
    }

    private void checkInfo(ApiInfoModel info) {
        if (info.element() == null) {
            return;
        }
        String url = info.openIdConnectUrl();
        if (info.auth() == ApiInfoModel.Auth.COGNITO && !isHttpsUrl(url)) {
            diagnostics.error(info.element(), info.mirror(), Diagnostics.explicitValue(info.mirror(), "auth"),
                    DiagnosticMessages.OPEN_ID_CONNECT_URL, url);
        } else if (info.auth() != ApiInfoModel.Auth.COGNITO && !url.isEmpty()) {
            diagnostics.error(info.element(), info.mirror(), Diagnostics.explicitValue(info.mirror(), "openIdConnectUrl"),
                    DiagnosticMessages.OPEN_ID_CONNECT_URL_UNUSED, info.auth());
        }
        if (!info.license().isEmpty() && !info.license().matches("[A-Za-z0-9][A-Za-z0-9.+-]*")) {
            diagnostics.error(info.element(), info.mirror(), Diagnostics.explicitValue(info.mirror(), "license"),
                    DiagnosticMessages.BAD_LICENSE, info.license());
        }
        for (ServerModel server : info.servers()) {
            String problem = serverProblem(server.url());
            if (problem != null) {
                diagnostics.error(info.element(), info.mirror(), Diagnostics.explicitValue(info.mirror(), "servers"),
                        DiagnosticMessages.BAD_SERVER_URL, server.url(), problem);
            }
        }
    }

    private static boolean isHttpsUrl(String url) {
        try {
            URI uri = new URI(url);
            return "https".equals(uri.getScheme()) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Why {@code url} is no server URL (redocly refuses an empty one and a trailing slash), or null. */
    private static String serverProblem(String url) {
        if (url.isEmpty()) {
            return "is empty";
        }
        if (url.endsWith("/")) {
            return "ends with a slash, which paths already start with";
        }
        try {
            URI uri = new URI(url);
            if (uri.isAbsolute() ? uri.getHost() == null : !url.startsWith("/")) {
                return "is neither an absolute URL with a host nor a path starting with /";
            }
            return uri.getQuery() != null || uri.getFragment() != null ? "has a query or fragment" : null;
        } catch (URISyntaxException e) {
            return "is not a URL (" + e.getReason() + ")";
        }
    }

    private void checkResponses(RouteModel route) {
        Set<String> seen = new HashSet<>();
        for (DeclaredResponseModel response : route.docs().responses()) {
            String where = where(response, route);
            int status = response.status();
            if (status < 100 || status > 599) {
                report(response.element(), response.mirror(), DiagnosticMessages.RESPONSE_STATUS_RANGE, status, where);
                continue;
            }
            if (!seen.add(status + "/" + response.onClass())) {
                report(response.element(), response.mirror(), DiagnosticMessages.RESPONSE_DECLARED_TWICE, status, where);
            }
            if (route.result() != null && status == route.result().status()) {
                report(response.element(), response.mirror(), DiagnosticMessages.RESPONSE_IS_SUCCESS, status,
                        response.onClass() ? where + " (for " + route.javaMethodName() + ")" : where,
                        route.result().status());
            }
            TypeModel type = response.type();
            if (type instanceof TypeModel.Unsupported || type instanceof TypeModel.Context
                    || type instanceof TypeModel.FileRef) {
                report(response.element(), response.mirror(), DiagnosticMessages.RESPONSE_TYPE, status,
                        type.javaType() + ".class", where, type.javaType());
            }
            if (!MediaTypes.isValid(response.mediaType())) {
                report(response.element(), response.mirror(), DiagnosticMessages.RESPONSE_MEDIA_TYPE, status,
                        response.mediaType(), where);
            }
            checkHeaders(response.headers(), response.element(), where);
        }
    }

    private void checkHeaders(List<ResponseHeaderModel> headers, Element element, String where) {
        Set<String> names = new HashSet<>();
        for (ResponseHeaderModel header : headers) {
            if (!HEADER_NAME.matcher(header.name()).matches()) {
                report(element, header.mirror(), DiagnosticMessages.RESPONSE_HEADER_NAME, header.name(), where);
            } else if (!names.add(header.name().toLowerCase(Locale.ROOT))) {
                report(element, header.mirror(), DiagnosticMessages.RESPONSE_HEADER_TWICE, header.name(), where);
            }
            if (header.type() == null || !header.type().isScalar()) {
                report(element, header.mirror(), DiagnosticMessages.RESPONSE_HEADER_TYPE, header.name(),
                        (header.type() == null ? "void" : header.type().javaType()) + ".class", where);
            }
        }
    }

    private void checkExample(ParamModel param) {
        if (param.example() == null) {
            return;
        }
        if (param.source() == ParamSource.CONTEXT || param.source() == ParamSource.DEPENDENCY
                || param.source() == ParamSource.UNBINDABLE) {
            diagnostics.error(param.element(), DiagnosticMessages.EXAMPLE_NOT_ALLOWED, param.name());
            return;
        }
        if (param.source() == ParamSource.RAW_BODY) {
            return; // any text is an example of a raw body
        }
        String problem = examples.problem(param.example(), param.type());
        if (problem != null) {
            diagnostics.error(param.element(), DiagnosticMessages.BAD_EXAMPLE, param.example(), param.name(),
                    param.type().javaType(), problem);
        }
    }

    private void checkExample(PropertyModel property) {
        if (property.example() == null || property.element() == null) {
            return;
        }
        String problem = examples.problem(property.example(), property.type());
        if (problem != null) {
            diagnostics.error(CodecChecks.located(property.element()), DiagnosticMessages.BAD_PROPERTY_EXAMPLE,
                    property.example(), property.element(), property.type().javaType(), problem);
        }
    }

    /** Reports once: a class-level declaration is seen with every operation of its class. */
    private void report(Element element, AnnotationMirror mirror, String message, Object... args) {
        if (reported.add(System.identityHashCode(element) + ":" + String.format(message, args))) {
            diagnostics.error(element, mirror, null, message, args);
        }
    }

    private static String where(DeclaredResponseModel response, RouteModel route) {
        return response.onClass() && response.element() instanceof TypeElement type
                ? type.getQualifiedName().toString() : route.javaMethodName();
    }
}
