package dev.reportflow.web.http;

/**
 * The error code and message for an answer decided by its status alone: Javalin's (no route, wrong
 * method) and Jetty's (a request it could not parse). Routes that know more say more.
 */
record StatusError(String code, String message) {

    static StatusError of(int status) {
        return switch (status) {
            case 400 -> new StatusError("BAD_REQUEST", "请求格式不正确，无法读取。 The request cannot be read.");
            case 404 -> new StatusError("NOT_FOUND", "没有这个地址。 No such path.");
            case 405 -> new StatusError("METHOD_NOT_ALLOWED", "这个地址不接受这种请求方法。 This path does not take this method.");
            case 408 -> new StatusError("REQUEST_TIMEOUT", "请求传输超时。 The request took too long to arrive.");
            case 413 -> new StatusError("OVERSIZED", "上传的内容超过大小上限。 The request is larger than the server accepts.");
            case 414 -> new StatusError("URI_TOO_LONG", "地址过长。 The path is too long.");
            case 415 -> new StatusError("UNSUPPORTED_MEDIA_TYPE", "不支持这种内容类型。 The content type is not supported.");
            case 431 -> new StatusError("HEADERS_TOO_LARGE", "请求头过大。 The request headers are too large.");
            case 500 -> new StatusError("INTERNAL_ERROR", "服务器内部错误，已记录，请稍后再试。 Internal error; it has been logged.");
            case 503 -> new StatusError("UNAVAILABLE", "服务暂时不可用，请稍后再试。 The service is unavailable; try again later.");
            default -> new StatusError("HTTP_" + status, "请求无法处理。 The request cannot be handled (HTTP " + status + ").");
        };
    }
}
