#!/usr/bin/env bash
# Measures the floor of the stack the application is built on: a bare Spring Boot application with
# Spring MVC, Data JPA (one entity, one repository with a query), Security, Actuator, Flyway and H2,
# the same Spring Boot version as ours, none of our code and no Vaadin. It is started the way
# scripts/measure-startup.sh starts ours (the image's JVM flags, H2 file database already migrated),
# N times plain, N times with a JVM AOT cache trained with spring.context.exit=onRefresh, and N times
# with Spring AOT as well (bean definitions generated at build time by process-aot, the starter
# parent's "native" profile, run on the JVM with -Dspring.aot.enabled=true, plus its own JVM AOT
# cache: the fastest start this stack offers without GraalVM), and prints per run the time to the first 200 of /actuator/health, Spring's "Started ... in", the CPU time
# until then and the RSS. Whatever this bare application needs, ours needs at least as much: it is a
# second, independent measure of what start-up time and memory are reachable on this machine.
# Builds the bare application in a scratch directory with ./mvnw (Maven Central only); commits nothing.
#
# Usage: scripts/measure-stack-floor.sh [-n RUNS]     (JAVA_HOME: a JDK 25)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd -P)"
runs=3
while getopts "n:h" opt; do case "$opt" in n) runs="$OPTARG" ;; *) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;; esac; done
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
boot="$(sed -n '/<parent>/,/<\/parent>/s:.*<version>\(.*\)</version>.*:\1:p' "$ROOT/pom.xml")"
flags=(-XX:+UseCompactObjectHeaders -Xms64m -Xmx192m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=96m)
dir="$(mktemp -d)"; trap 'rm -rf "$dir"' EXIT
mkdir -p "$dir/src/main/java/floor" "$dir/src/main/resources/db/migration"
cat > "$dir/pom.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>$boot</version><relativePath/></parent>
  <groupId>floor</groupId><artifactId>floor</artifactId><version>1</version>
  <properties><java.version>21</java.version></properties>
  <dependencies>
    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-webmvc</artifactId></dependency>
    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-data-jpa</artifactId></dependency>
    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-security</artifactId></dependency>
    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-actuator</artifactId></dependency>
    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-flyway</artifactId></dependency>
    <dependency><groupId>com.h2database</groupId><artifactId>h2</artifactId></dependency>
  </dependencies>
  <build><plugins><plugin><groupId>org.springframework.boot</groupId><artifactId>spring-boot-maven-plugin</artifactId></plugin></plugins></build>
</project>
EOF
cat > "$dir/src/main/java/floor/Floor.java" <<'EOF'
package floor;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@SpringBootApplication
public class Floor {
    public static void main(String[] args) { SpringApplication.run(Floor.class, args); }

    @Bean
    SecurityFilterChain chain(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(a -> a.anyRequest().permitAll()).build();
    }
}

@Entity
class Item { @Id @GeneratedValue Long id; String name; }

interface Items extends JpaRepository<Item, Long> {
    @Query("select i from Item i where i.name like :p")
    List<Item> named(String p);
}

@RestController
class Api {
    private final Items items;
    Api(Items items) { this.items = items; }
    @GetMapping("/items") List<String> all() { return items.findAll().stream().map(i -> i.name).toList(); }
}
EOF
printf 'spring.datasource.url=jdbc:h2:file:./data/floor\nspring.jpa.hibernate.ddl-auto=validate\nspring.jpa.open-in-view=false\n' > "$dir/src/main/resources/application.properties"
printf 'create table item (id bigint primary key, name varchar(100));\ncreate sequence item_seq start with 1 increment by 50;\n' > "$dir/src/main/resources/db/migration/V1__item.sql"
echo "[stack-floor] Spring Boot $boot; building the bare application" >&2
"$ROOT/mvnw" -B -q -f "$dir/pom.xml" package -DskipTests >&2
cd "$dir"
"$java" -Djarmode=tools -jar target/floor-1.jar extract --destination aot >/dev/null
"$java" "${flags[@]}" -XX:AOTCacheOutput=aot/app.aot -Dspring.context.exit=onRefresh -jar aot/floor-1.jar >train.log 2>&1
mv target/floor-1.jar plain.jar
echo "[stack-floor] building it again with Spring AOT (process-aot)" >&2
"$ROOT/mvnw" -B -q -f "$dir/pom.xml" -Pnative package -DskipTests >&2
"$java" -Djarmode=tools -jar target/floor-1.jar extract --destination spring-aot >/dev/null
"$java" "${flags[@]}" -Dspring.aot.enabled=true -XX:AOTCacheOutput=spring-aot/app.aot -Dspring.context.exit=onRefresh \
  -jar spring-aot/floor-1.jar >train-spring-aot.log 2>&1

run() {
  local label=$1; shift
  local start pid ended
  start=$(date +%s%N)
  "$java" "${flags[@]}" "$@" --server.port=18112 >run.log 2>&1 &
  pid=$!
  until curl -sf -o /dev/null http://127.0.0.1:18112/actuator/health; do
    kill -0 "$pid" 2>/dev/null || { echo "[stack-floor] the application stopped; see $dir/run.log" >&2; exit 1; }
    sleep 0.05
  done
  ended=$(date +%s%N)
  printf '%-6s health %6d ms  %-32s cpu %5.1f s  rss %4d MB  load %s\n' "$label" $(((ended - start) / 1000000)) \
    "$(grep -o 'Started Floor in [0-9.]* seconds' run.log)" "$(awk '{print ($14+$15)/100}' /proc/$pid/stat)" \
    "$(awk '/VmRSS/{print int($2/1024)}' /proc/$pid/status)" "$(cut -d' ' -f1-3 /proc/loadavg)"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}
run warmup -jar plain.jar >/dev/null   # migrates the H2 database
for _ in $(seq "$runs"); do run plain -jar plain.jar; done
for _ in $(seq "$runs"); do run aot -XX:AOTCache=aot/app.aot -jar aot/floor-1.jar; done
for _ in $(seq "$runs"); do run s-aot -Dspring.aot.enabled=true -XX:AOTCache=spring-aot/app.aot -jar spring-aot/floor-1.jar; done
