package com.shiftledger.app.idempotency;

import com.shiftledger.command.web.RequestReference;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * Hands a controller the {@link RequestReference} the {@link IdempotencyFilter} derived for the request, or
 * {@link RequestReference#none()} when it carried no {@code Idempotency-Key}.
 */
@Configuration
class RequestReferenceResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    static final String ATTRIBUTE = RequestReference.class.getName();

    static {
        // not a request parameter: the OpenAPI document describes the Idempotency-Key header instead
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(RequestReference.class);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == RequestReference.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                  WebDataBinderFactory binders) {
        Object reference = request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return reference instanceof RequestReference known ? known : RequestReference.none();
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }
}
