package org.policydesk.web;

import java.util.List;

import org.policydesk.workflow.Actor;
import org.policydesk.workflow.Actors;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * GOV.UK Frontend's assets straight from its webjar (its stylesheet asks for them under
 * {@code /assets/}), and the signed-in {@link Actor} as a controller argument, so that feature
 * controllers hand the services the person their sign-in belongs to and nobody else.
 */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

    /** The webjar's version, as in the pom's {@code govuk-frontend.version}. */
    private static final String GOVUK_FRONTEND = "5.14.0";

    private final Actors actors;

    WebConfiguration(Actors actors) {
        this.actors = actors;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String dist = "classpath:/META-INF/resources/webjars/govuk-frontend/" + GOVUK_FRONTEND + "/dist/govuk/";
        registry.addResourceHandler("/assets/**").addResourceLocations(dist + "assets/");
        registry.addResourceHandler("/govuk/**").addResourceLocations(dist);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new SignedInActor());
    }

    private final class SignedInActor implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType().equals(Actor.class);
        }

        @Override
        public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                     NativeWebRequest request, WebDataBinderFactory binders) {
            Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
            if (signedIn == null || signedIn instanceof AnonymousAuthenticationToken) {
                throw new IllegalStateException("Pages that act for someone are behind the sign-in.");
            }
            return actors.of(signedIn.getName());
        }
    }
}
