package nl.weerbaarbestuur.ontour.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Lists what one confirmation sends to the database, every statement and transaction boundary from
 * every thread (the request, and the listeners that run after the commit): a JDBC proxy around the
 * application's pool. Records only while {@link #record} runs; otherwise it only passes calls on.
 */
final class SqlRecorder implements BeanPostProcessor {

    private static final ConcurrentLinkedQueue<String> statements = new ConcurrentLinkedQueue<>();
    private static volatile boolean recording;

    /** The statements sent while {@code work} ran (and until it returned), in the order they were sent. */
    static List<String> record(ThrowingRunnable work) throws Exception {
        statements.clear();
        recording = true;
        try {
            work.run();
        } finally {
            recording = false;
        }
        return List.copyOf(statements);
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource) {
            return proxy(DataSource.class, dataSource, (target, method, arguments) -> {
                var result = invoke(method, target, arguments);
                return result instanceof Connection connection ? connection(connection) : result;
            });
        }
        return bean;
    }

    private static Connection connection(Connection connection) {
        return proxy(Connection.class, connection, (target, method, arguments) -> {
            if (recording) {
                switch (method.getName()) {
                    case "prepareStatement", "prepareCall" -> statements.add(oneLine((String) arguments[0]));
                    case "commit", "rollback" -> statements.add("-- " + method.getName());
                    case "setAutoCommit" -> statements.add("-- autocommit " + arguments[0]);
                    default -> {
                    }
                }
            }
            var result = invoke(method, target, arguments);
            if (result instanceof Statement statement && method.getName().equals("createStatement")) {
                return proxy(Statement.class, statement, (t, m, a) -> {
                    if (recording && m.getName().startsWith("execute") && a != null && a.length > 0 && a[0] instanceof String sql) {
                        statements.add(oneLine(sql));
                    }
                    return invoke(m, t, a);
                });
            }
            return result;
        });
    }

    private static String oneLine(String sql) {
        return sql.replaceAll("\\s+", " ").strip();
    }

    private interface Handler<T> {
        Object handle(T target, java.lang.reflect.Method method, Object[] arguments) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
        InvocationHandler invocation = (p, method, arguments) -> handler.handle(target, method, arguments);
        return (T) Proxy.newProxyInstance(SqlRecorder.class.getClassLoader(), new Class<?>[] {type}, invocation);
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
