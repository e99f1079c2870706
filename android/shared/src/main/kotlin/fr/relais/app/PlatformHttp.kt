package fr.relais.app

import fr.relais.core.HttpAnswer
import fr.relais.core.HttpCall
import fr.relais.core.HttpClient
import fr.relais.core.HttpFailure
import fr.relais.core.HttpHeader
import java.io.IOException
import java.io.InputStream
import java.net.ConnectException
import java.net.HttpURLConnection
import java.net.NoRouteToHostException
import java.net.SocketTimeoutException
import java.net.URL
import java.net.UnknownHostException
import javax.net.ssl.SSLException

/**
 * The platform's HTTP stack for the core's sync client: `HttpURLConnection`, on Android and on
 * any JVM, so the system's trust store and proxy apply. It only moves bytes: the core decides
 * what to send and checks every answer. No redirects are followed; the core's time and size
 * limits are kept.
 */
class HttpUrlConnectionClient : HttpClient {
    override fun send(call: HttpCall): HttpAnswer {
        val connection = try {
            URL(call.url).openConnection() as HttpURLConnection
        } catch (e: Exception) {
            throw HttpFailure.Connect(e.javaClass.simpleName)
        }
        try {
            val timeout = call.timeoutMs.coerceAtMost(Int.MAX_VALUE.toULong()).toInt()
            connection.instanceFollowRedirects = false
            connection.useCaches = false
            connection.connectTimeout = timeout.coerceAtMost(15_000)
            connection.readTimeout = timeout
            connection.requestMethod = call.method
            call.headers.forEach { connection.setRequestProperty(it.name, it.value) }
            if (call.method == "POST") {
                connection.doOutput = true
                connection.setFixedLengthStreamingMode(call.body.size)
                connection.outputStream.use { it.write(call.body) }
            }
            val status = connection.responseCode
            val headers = connection.headerFields.orEmpty()
                .filterKeys { it != null }
                .flatMap { (name, values) -> values.map { HttpHeader(name.lowercase(), it) } }
            val stream = if (status >= 400) connection.errorStream else connection.inputStream
            val body = stream?.use { readAtMost(it, call.maxResponseBytes.toLong()) } ?: ByteArray(0)
            return HttpAnswer(status.toUShort(), headers, body)
        } catch (e: HttpFailure) {
            throw e
        } catch (e: SocketTimeoutException) {
            throw HttpFailure.Timeout()
        } catch (e: SSLException) {
            throw HttpFailure.Tls(e.javaClass.simpleName)
        } catch (e: ConnectException) {
            throw HttpFailure.Connect(e.javaClass.simpleName)
        } catch (e: UnknownHostException) {
            throw HttpFailure.Connect(e.javaClass.simpleName)
        } catch (e: NoRouteToHostException) {
            throw HttpFailure.Connect(e.javaClass.simpleName)
        } catch (e: IOException) {
            throw HttpFailure.Broken(e.javaClass.simpleName)
        } finally {
            connection.disconnect()
        }
    }

    /** Reads the body, but never more than [limit] bytes: a larger answer is refused. */
    private fun readAtMost(input: InputStream, limit: Long): ByteArray {
        val out = java.io.ByteArrayOutputStream()
        val buffer = ByteArray(16 * 1024)
        var total = 0L
        while (true) {
            val n = input.read(buffer)
            if (n < 0) break
            total += n
            if (total > limit) throw HttpFailure.TooLarge()
            out.write(buffer, 0, n)
        }
        return out.toByteArray()
    }
}
