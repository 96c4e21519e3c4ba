package cn.zhicheng.it.support.remote;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The server half of {@link Remote}: runs one {@code public static} method of a test class inside the server (where
 * the IT kit — {@code Journey}, {@code Users}, {@code Db} — works) and answers its result as a properties text.
 * Deployed only by {@code Deployments.earWithKit}, in the tests' own WAR; never part of the product.
 */
public class KitServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        response.setCharacterEncoding("UTF-8");
        response.setContentType("text/plain;charset=UTF-8");
        try {
            Class<?> owner = Class.forName(request.getParameter("class"), true,
                    Thread.currentThread().getContextClassLoader());
            String[] args = request.getParameterValues("arg");
            Object result = invoke(owner, request.getParameter("method"), args == null ? new String[0] : args);
            Properties answer = new Properties();
            if (result instanceof Map<?, ?> map) {
                map.forEach((k, v) -> answer.setProperty(String.valueOf(k), String.valueOf(v)));
            } else if (result != null) {
                answer.setProperty("result", String.valueOf(result));
            }
            StringWriter out = new StringWriter();
            answer.store(out, null);
            response.getOutputStream().write(out.toString().getBytes(StandardCharsets.UTF_8));
        } catch (Throwable failure) {
            Throwable cause = failure instanceof InvocationTargetException ite ? ite.getCause() : failure;
            StringWriter trace = new StringWriter();
            cause.printStackTrace(new PrintWriter(trace));
            response.setStatus(500);
            response.getOutputStream().write(trace.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * Finds the method by exact type with a method-handle lookup: reflection's getDeclaredMethods would resolve every
     * signature of the test class, including the ones naming client-only types (ShrinkWrap, Selenium).
     */
    private static Object invoke(Class<?> owner, String name, String[] args) throws Throwable {
        MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(owner, MethodHandles.lookup());
        Class<?>[] strings = new Class<?>[args.length];
        Arrays.fill(strings, String.class);
        for (Class<?> returns : RETURN_TYPES) {
            try {
                return lookup.findStatic(owner, name, MethodType.methodType(returns, strings)).invokeWithArguments((Object[]) args);
            } catch (NoSuchMethodException tryNext) {
                // another return type or the varargs form
            }
            try {
                return lookup.findStatic(owner, name, MethodType.methodType(returns, String[].class)).invoke(args);
            } catch (NoSuchMethodException tryNext) {
                // another return type
            }
        }
        throw new NoSuchMethodException(owner.getName() + "." + name + " taking " + args.length
                + " strings and returning one of " + RETURN_TYPES);
    }

    /** What a server-side step may return. */
    private static final List<Class<?>> RETURN_TYPES = List.of(Map.class, String.class, void.class, Object.class,
            long.class, int.class, boolean.class);
}
